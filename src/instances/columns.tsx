import type { ColumnDef } from '@tanstack/react-table'
import type { Instance } from '../api/instance'
import { COLUMN_IDS, COLUMN_LABELS, type ColumnId } from './column-ids'
import type { instanceTableFeatures } from './table-features'

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
  sortDescFirst:
    id === 'price' ||
    id === 'disk' ||
    id === 'gpu' ||
    id === 'cpu' ||
    id === 'memory' ||
    id === 'created',
}))
