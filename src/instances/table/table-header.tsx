import type { Instance } from '../../api/instance'
import type { InstanceTable } from '../../columns/use-instance-table'
import type { Sort } from '../../model/sort'
import { ColumnHeader } from './column-header'
import type { DrawnColumn } from './drawn-columns'
import { SelectAllHeader, type TableSelection } from './select-cells'

/** The header row: select-all, then each column's header (sort, move, resize), then the filler. */
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
  return (
    <tr aria-rowindex={1}>
      {selection && <SelectAllHeader instances={instances} selection={selection} />}
      {columns.map((column) => (
        <ColumnHeader
          key={column.id}
          column={column}
          instanceTable={instanceTable}
          sort={sort}
          onSortChange={onSortChange}
        />
      ))}
      <th aria-hidden="true" className="border-b border-line" />
    </tr>
  )
}
