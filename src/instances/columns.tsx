import type { ColumnDef } from '@tanstack/react-table'
import type { Instance } from '../api/instance'
import { COLUMN_IDS, COLUMN_LABELS, type ColumnId } from './column-ids'
import type { instanceTableFeatures } from './table-features'

/** Columns whose first click sorts biggest (or newest) first. */
const DESCENDING_FIRST = new Set<ColumnId>(['gpu', 'cpu', 'memory', 'price', 'disk', 'created'])

export type InstanceColumn = ColumnDef<typeof instanceTableFeatures, Instance> & { id: ColumnId }

/**
 * The table's column model: headers, sorting toggles and visibility. Cells are drawn by `CELLS`
 * in memoised rows, so a refresh re-renders only the instances that changed.
 */
export const instanceColumns: InstanceColumn[] = COLUMN_IDS.map((id) => ({
  id,
  header: COLUMN_LABELS[id],
  accessorFn: (instance: Instance) => instance.id,
  enableHiding: id !== 'name',
  sortDescFirst: DESCENDING_FIRST.has(id),
}))
