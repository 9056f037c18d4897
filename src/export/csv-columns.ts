import type { Instance } from '../api/instance'
import { COLUMNS } from '../columns/instance-columns'
import type { ColumnId } from '../model/column-ids'
import { NO_ROW_CONTEXT, rowExtras, type RowContext } from '../model/row-context'
import { toCsv } from './csv'

/**
 * The rows as CSV, in their order, with the columns the table shows in its order: each column's
 * export fields (numbers as numbers with the unit in the header, times in UTC), from its one
 * definition in src/columns.
 */
export function instancesCsv(
  rows: readonly Instance[],
  shown: readonly ColumnId[],
  context: RowContext = NO_ROW_CONTEXT,
): string {
  const ids: readonly ColumnId[] = shown.includes('name') ? shown : ['name', ...shown]
  const fields = ids.flatMap((id) => COLUMNS[id].meta.exportFields)
  return toCsv(
    fields.map((field) => field.header),
    rows.map((row) => {
      const extras = rowExtras(context, row.id)
      return fields.map((field) => field.value(row, extras))
    }),
  )
}
