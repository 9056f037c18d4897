import { MenuItem } from '../components/menu-item'
import type { Choice } from './saved-views'
import { useSavedViews } from './saved-views-storage'
import { ViewEntry } from './view-entry'

/** The Views menu's items (loaded when the menu first opens): every saved view, then the file. */
export function ViewsMenuItems({ onChoose }: { onChoose: (choice: Choice) => void }) {
  const views = useSavedViews()
  return (
    <>
      {views.map((view) => (
        <ViewEntry key={view.name} view={view} onChoose={onChoose} />
      ))}
      {views.length === 0 && (
        <MenuItem disabled className="w-full">
          No saved views yet
        </MenuItem>
      )}
      <div role="separator" className="my-1 border-t border-line" />
      <MenuItem
        onClick={() => onChoose({ kind: 'export' })}
        disabled={views.length === 0}
        className="w-full"
      >
        Export saved views
      </MenuItem>
      <MenuItem
        aria-label="Import saved views"
        onClick={() => onChoose({ kind: 'import' })}
        className="w-full"
      >
        Import saved views…
      </MenuItem>
    </>
  )
}
