import type { KeyboardEvent } from 'react'
import { COLUMN_LABELS, COLUMN_SORT_TITLES, type ColumnId } from '../../model/column-ids'
import { sortByColumn, type Sort } from '../../model/sort'

/**
 * A sortable column header: click, Enter or Space asks for `sortByColumn` and `aria-sort` tells
 * the order. The header itself is the control, so that the only *button* named "Status" is the
 * filter.
 */
export function SortHeader({
  id,
  sort,
  onSortChange,
}: {
  id: ColumnId
  sort: Sort
  onSortChange: (sort: Sort) => void
}) {
  const sorted = sort.id === id
  const label = COLUMN_LABELS[id]
  const toggle = () => onSortChange(sortByColumn(sort, id))
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    event.stopPropagation()
    toggle()
  }
  return (
    <th
      scope="col"
      tabIndex={0}
      aria-sort={sorted ? (sort.desc ? 'descending' : 'ascending') : 'none'}
      title={COLUMN_SORT_TITLES[id] ?? `Sort by ${label}`}
      onClick={toggle}
      onKeyDown={onKeyDown}
      className="cursor-pointer border-b border-line px-3 py-2 text-left font-medium whitespace-nowrap text-fg-muted select-none hover:text-fg"
    >
      {label}
      <span aria-hidden="true" className="ml-1 inline-block w-3 text-xs">
        {sorted ? (sort.desc ? '▼' : '▲') : ''}
      </span>
    </th>
  )
}
