import { useId } from 'react'
import type { Instance } from '../../api/instance'
import { COLUMN_DEFS, sortByColumnId } from '../../columns/instance-columns'
import { isColumnId } from '../../model/column-ids'
import type { Sort } from '../../model/sort'
import { SelectAllHeader, type TableSelection } from './select-cells'

interface Props {
  instances: readonly Instance[]
  selection?: TableSelection
  sort: Sort
  onSortChange: (sort: Sort) => void
}

/**
 * The card list's header row on a phone, where there are no column headers to click: the select-all
 * checkbox and a "Sort by" select with the direction beside it (the same sort, in the same URL).
 */
export function PhoneHeader({ instances, selection, sort, onSortChange }: Props) {
  const id = useId()
  return (
    <tr aria-rowindex={1}>
      {selection && <SelectAllHeader instances={instances} selection={selection} />}
      <th
        scope="col"
        aria-label="Instance"
        className="border-b border-line py-1.5 pr-3 text-left font-normal"
        // The list's row keys must not take the select's own arrow keys.
        onKeyDown={(event) => event.stopPropagation()}
      >
        <div className="flex items-center gap-2 text-sm text-fg-muted">
          <label htmlFor={id}>Sort by</label>
          <select
            id={id}
            value={sort.id}
            onChange={(event) => {
              const next = event.target.value
              if (isColumnId(next)) onSortChange(sortByColumnId(sort, next))
            }}
            className="h-8 min-w-0 rounded-md border border-field-line bg-surface px-1 text-fg"
          >
            {COLUMN_DEFS.map((column) => (
              <option key={column.id} value={column.id}>
                {column.meta.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            title="Reverse the order"
            onClick={() => onSortChange({ ...sort, desc: !sort.desc })}
            className="inline-flex h-8 shrink-0 items-center gap-1.5 rounded-md border border-line-strong bg-surface px-2.5 whitespace-nowrap text-fg hover:bg-surface-hover"
          >
            <span aria-hidden="true">{sort.desc ? '↓' : '↑'}</span>
            {sort.desc ? 'Descending' : 'Ascending'}
          </button>
        </div>
      </th>
    </tr>
  )
}
