import { useCallback, useLayoutEffect, useRef } from 'react'
import type { Instance } from '../../api/instance'
import { sortByColumnId } from '../../columns/instance-columns'
import type { InstanceTable } from '../../columns/use-instance-table'
import type { ColumnId } from '../../model/column-ids'
import type { Sort } from '../../model/sort'
import { ColumnHeader } from './column-header'
import type { DrawnColumn } from './drawn-columns'
import { SelectAllHeader, type TableSelection } from './select-cells'

/**
 * The header row: select-all, then each column's header (sort, move, resize), then the filler. Each
 * header is memoised on what it shows (its sort direction, width, resizing), with handlers that
 * stay the same: a sort re-renders the two headers whose arrow changes, not all of them.
 */
export function TableHeader({
  instances,
  columns,
  instanceTable,
  selection,
  sort,
  onSortChange,
}: {
  instances: readonly Instance[]
  columns: readonly DrawnColumn[]
  instanceTable: InstanceTable
  selection?: TableSelection
  sort: Sort
  onSortChange: (sort: Sort) => void
}) {
  const latest = useRef({ instanceTable, sort, onSortChange })
  useLayoutEffect(() => {
    latest.current = { instanceTable, sort, onSortChange }
  })
  const onSort = useCallback((id: ColumnId) => {
    const { sort, onSortChange } = latest.current
    onSortChange(sortByColumnId(sort, id))
  }, [])
  const onMove = useCallback(
    (id: ColumnId, target: ColumnId) => latest.current.instanceTable.moveTo(id, target),
    [],
  )
  const onResizing = useCallback((id: ColumnId | null) => {
    const { instanceTable } = latest.current
    if (id) instanceTable.resizeStart(id)
    else instanceTable.resizeEnd()
  }, [])
  const { table } = instanceTable
  return (
    <tr aria-rowindex={1}>
      {selection && <SelectAllHeader instances={instances} selection={selection} />}
      {columns.map((column) => {
        const state = table.getColumn(column.id)
        return (
          <ColumnHeader
            key={column.id}
            column={column}
            table={table}
            size={state?.getSize() ?? column.def.size}
            resizing={instanceTable.resizing === column.id}
            direction={sort.id === column.id ? (sort.desc ? 'descending' : 'ascending') : 'none'}
            onSort={onSort}
            onMove={onMove}
            onResizing={onResizing}
          />
        )
      })}
      <th aria-hidden="true" className="border-b border-line" />
    </tr>
  )
}
