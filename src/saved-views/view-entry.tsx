import { useId } from 'react'
import { navigateSearch } from '../lib/use-location-search'
import { MenuItem } from '../components/menu-item'
import { describeView } from './describe-view'
import type { Choice, SavedView } from './saved-views'

const action = 'shrink-0 px-1.5 py-1 text-xs text-link'

/**
 * One saved view in the Views menu: a group named by the view with its items, Open (named by the
 * view, described by its filters), Rename, Copy link and Delete.
 */
export function ViewEntry({
  view,
  onChoose,
}: {
  view: SavedView
  onChoose: (choice: Choice) => void
}) {
  const detailId = useId()
  return (
    <div role="group" aria-label={view.name} className="flex items-center gap-1 py-0.5">
      <MenuItem
        aria-label={view.name}
        aria-describedby={detailId}
        onClick={() => navigateSearch(view.search, 'push')}
        className="min-w-0 flex-1"
      >
        <span className="flex min-w-0 flex-col">
          <span className="truncate font-medium" title={view.name}>
            {view.name}
          </span>
          <span id={detailId} className="truncate text-xs text-fg-subtle">
            {describeView(view.search)}
          </span>
        </span>
      </MenuItem>
      <MenuItem
        aria-label={`Rename ${view.name}`}
        onClick={() => onChoose({ kind: 'rename', view })}
        className={action}
      >
        Rename
      </MenuItem>
      <MenuItem
        aria-label={`Copy link to ${view.name}`}
        onClick={() => onChoose({ kind: 'copy-link', view })}
        className={action}
      >
        Copy link
      </MenuItem>
      <MenuItem
        aria-label={`Delete ${view.name}`}
        onClick={() => onChoose({ kind: 'delete', view })}
        className={action}
      >
        Delete
      </MenuItem>
    </div>
  )
}
