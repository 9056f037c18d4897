import type { Header } from '@tanstack/react-table'
import type { KeyboardEvent } from 'react'
import type { Instance } from '../../api/instance'
import { COLUMN_SORT_TITLES, type ColumnId } from '../../model/column-ids'
import type { instanceTableFeatures } from './table-features'

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

/**
 * A sortable column header: click, Enter or Space toggles the order and `aria-sort` tells it.
 * The header itself is the control, so that the only *button* named "Status" is the filter.
 */
export function SortHeader({ header }: { header: Header<typeof instanceTableFeatures, Instance> }) {
  const direction = header.column.getIsSorted()
  const label = String(header.column.columnDef.header)
  const toggle = () => header.column.toggleSorting(undefined, false)
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
      aria-sort={direction ? ARIA_SORT[direction] : 'none'}
      title={COLUMN_SORT_TITLES[header.column.id as ColumnId] ?? `Sort by ${label}`}
      onClick={toggle}
      onKeyDown={onKeyDown}
      className="cursor-pointer border-b border-line px-3 py-2 text-left font-medium whitespace-nowrap text-fg-muted select-none hover:text-fg"
    >
      {label}
      <span aria-hidden="true" className="ml-1 inline-block w-3 text-xs">
        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
      </span>
    </th>
  )
}
