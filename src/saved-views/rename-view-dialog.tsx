import { describeView } from './describe-view'
import {
  cleanName,
  findView,
  nameProblem,
  renamed,
  type Message,
  type SavedView,
} from './saved-views'
import { currentViews, keep } from './saved-views-storage'
import { ViewNameDialog } from './view-name-dialog'

/** Gives a saved view another name, unless another view has it. */
export function RenameViewDialog({
  view,
  onDone,
}: {
  view: SavedView
  onDone: (message: Message | null) => void
}) {
  const taken = (name: string) => {
    const other = findView(currentViews(), name)
    return other && other.name !== view.name ? `A view named “${other.name}” exists already.` : null
  }
  return (
    <ViewNameDialog
      title="Rename view"
      description={describeView(view.search)}
      initialName={view.name}
      submitLabel="Rename"
      problem={(name) => nameProblem(name) ?? taken(name)}
      onSubmit={(name) => {
        const next = renamed(currentViews(), view.name, name)
        onDone(next && keep(next, `View renamed to “${cleanName(name)}”.`))
      }}
      onClose={() => onDone(null)}
    />
  )
}
