import type { ReactNode } from 'react'
import { DENSITIES, type Density } from '../../columns/density'
import { COLUMNS } from '../../columns/instance-columns'
import type { InstanceTable } from '../../columns/use-instance-table'
import { neighbour } from '../../columns/column-moves'
import { Button } from '../../components/button'
import { COLUMN_IDS, type ColumnId } from '../../model/column-ids'

const DENSITY_LABEL: Record<Density, string> = { comfortable: 'Comfortable', compact: 'Compact' }

function IconButton(props: {
  label: string
  onClick: () => void
  disabled?: boolean
  pressed?: boolean
  children: ReactNode
}) {
  return (
    <button
      type="button"
      aria-label={props.label}
      title={props.label}
      aria-pressed={props.pressed}
      disabled={props.disabled}
      onClick={props.onClick}
      className="inline-flex size-7 shrink-0 items-center justify-center rounded text-fg-muted hover:bg-surface-hover hover:text-fg disabled:opacity-30 aria-pressed:bg-accent-soft aria-pressed:text-link"
    >
      <span aria-hidden="true">{props.children}</span>
    </button>
  )
}

export interface ColumnMenuProps {
  instanceTable: InstanceTable
  shown: readonly ColumnId[]
  pinned: readonly ColumnId[]
  density: Density
  onDensityChange: (density: Density) => void
}

/**
 * The Columns menu's panel: show or hide each column (Name always stays), move it left or right,
 * pin it so that it stays put while the others scroll, the rows' density, and Reset columns.
 */
export function ColumnMenuPanel({
  instanceTable,
  shown,
  pinned,
  density,
  onDensityChange,
}: ColumnMenuProps) {
  const { table } = instanceTable
  const drawn = [...pinned, ...shown.filter((id) => !pinned.includes(id))]
  const listed = [...drawn, ...COLUMN_IDS.filter((id) => !shown.includes(id))]
  return (
    <>
      <ul aria-label="Columns" className="flex flex-col">
        {listed.map((id) => {
          const { label } = COLUMNS[id].meta
          const column = table.getColumn(id)
          const visible = shown.includes(id)
          const isPinned = pinned.includes(id)
          return (
            <li key={id} className="flex items-center gap-0.5 rounded px-1 hover:bg-surface-hover">
              <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2 py-1.5 pl-1 text-sm">
                <input
                  type="checkbox"
                  checked={visible}
                  disabled={id === 'name'}
                  onChange={(event) => column?.toggleVisibility(event.target.checked)}
                  className="size-4 accent-accent"
                />
                <span className="truncate">{label}</span>
              </label>
              <IconButton
                label={`Move ${label} left`}
                disabled={!visible || !neighbour(shown, pinned, id, -1)}
                onClick={() => instanceTable.step(id, -1)}
              >
                ←
              </IconButton>
              <IconButton
                label={`Move ${label} right`}
                disabled={!visible || !neighbour(shown, pinned, id, 1)}
                onClick={() => instanceTable.step(id, 1)}
              >
                →
              </IconButton>
              <IconButton
                label={`Pin ${label}`}
                pressed={isPinned}
                disabled={!visible}
                onClick={() => column?.pin(isPinned ? false : 'start')}
              >
                ⇤
              </IconButton>
            </li>
          )
        })}
      </ul>
      <fieldset className="mt-1 border-t border-line px-2 pt-2 pb-1">
        <legend className="float-left mb-1 w-full text-xs font-medium text-fg-muted">
          Density
        </legend>
        <div className="clear-left flex gap-3">
          {DENSITIES.map((option) => (
            <label key={option} className="flex cursor-pointer items-center gap-1.5 text-sm">
              <input
                type="radio"
                name="density"
                checked={density === option}
                onChange={() => onDensityChange(option)}
                className="size-4 accent-accent"
              />
              {DENSITY_LABEL[option]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="border-t border-line p-1 pt-2">
        <Button variant="ghost" onClick={instanceTable.reset} className="w-full">
          Reset columns
        </Button>
      </div>
    </>
  )
}
