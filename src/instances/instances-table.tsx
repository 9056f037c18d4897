import { useTable, type SortingState, type Updater } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { Instance } from '../api/instance'
import { COLUMN_WIDTHS, type ColumnId } from './column-ids'
import { instanceColumns } from './columns'
import type { Sort } from './sort'
import { instanceTableFeatures } from './table-features'

const ROW_HEIGHT = 52

interface Props {
  instances: Instance[]
  sort: Sort
  onSortChange: (sort: Sort) => void
}

export function InstancesTable({ instances, sort, onSortChange }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const sorting: SortingState = [sort]
  const table = useTable({
    features: instanceTableFeatures,
    columns: instanceColumns,
    data: instances,
    getRowId: (instance) => instance.id,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = (typeof updater === 'function' ? updater(sorting) : updater)[0]
      const column = instanceColumns.find((candidate) => candidate.id === next?.id)
      if (next && column) onSortChange({ id: column.id, desc: next.desc })
    },
  })
  const rows = table.getRowModel().rows
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const padTop = items[0]?.start ?? 0
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  const columnCount = table.getVisibleLeafColumns().length

  return (
    <div
      ref={scrollRef}
      className="relative min-h-0 flex-1 overflow-auto"
      tabIndex={0}
      role="region"
      aria-label="Instances table"
    >
      <table
        aria-label="Instances"
        aria-rowcount={rows.length + 1}
        className="w-full table-fixed border-separate border-spacing-0 text-sm"
      >
        <thead className="sticky top-0 z-10 bg-white">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const direction = header.column.getIsSorted()
                return (
                  <th
                    key={header.id}
                    scope="col"
                    style={{ width: COLUMN_WIDTHS[header.column.id as ColumnId] }}
                    aria-sort={
                      direction === 'asc'
                        ? 'ascending'
                        : direction === 'desc'
                          ? 'descending'
                          : 'none'
                    }
                    className="border-b border-slate-200 px-3 py-2 text-left font-medium text-slate-600"
                  >
                    <button
                      type="button"
                      onClick={header.column.getToggleSortingHandler()}
                      className="inline-flex items-center gap-1 hover:text-slate-900"
                    >
                      <table.FlexRender header={header} />
                      <span aria-hidden="true" className="text-xs">
                        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]
            if (!row) return null
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                style={{ height: ROW_HEIGHT }}
                className="hover:bg-slate-50"
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className="truncate border-b border-slate-100 px-3 py-1.5 align-middle"
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            )
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
