import { describeView } from './describe-view'
import { cleanName, findView, nameProblem, withView, type Message } from './saved-views'
import { currentViews, keep } from './saved-views-storage'
import { ViewNameDialog } from './view-name-dialog'

/** Names the view on screen (its search, without the open instance) and keeps it here. */
export function SaveViewDialog({
  search,
  onDone,
}: {
  search: string
  onDone: (message: Message | null) => void
}) {
  return (
    <ViewNameDialog
      title="Save view"
      description={describeView(search)}
      submitLabel="Save"
      problem={nameProblem}
      note={(name) => {
        const taken = findView(currentViews(), name)
        return taken ? `Saving replaces the view “${taken.name}”.` : null
      }}
      onSubmit={(name) =>
        onDone(keep(withView(currentViews(), { name, search }), `View “${cleanName(name)}” saved.`))
      }
      onClose={() => onDone(null)}
    />
  )
}
