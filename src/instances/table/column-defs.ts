import type { ColumnDef } from '@tanstack/react-table'
import type { Instance } from '../../api/instance'
import { COLUMN_IDS, COLUMN_LABELS, type ColumnId } from '../../model/column-ids'
import type { instanceTableFeatures } from './table-features'

export type InstanceColumn = ColumnDef<typeof instanceTableFeatures, Instance> & { id: ColumnId }

/**
 * Column widths in px; the table is fixed-layout so rows never reflow while scrolling. At 1440 px
 * every column up to Created fits beside the checkboxes; Stops and In status for follow the cue.
 */
export const COLUMN_WIDTHS: Record<ColumnId, number> = {
  name: 210,
  status: 260,
  gpu: 170,
  cpu: 90,
  memory: 90,
  region: 140,
  price: 160,
  disk: 120,
  created: 120,
  stops: 130,
  since: 130,
}

/**
 * The table model's columns: header and visibility. The sort is the view's (the URL's): rows are
 * put in order by the sort index (model/sort-index.ts) and drawn by `CELLS` (see
 * instances-table.tsx for why), and a header click asks for `sortByColumn`.
 */
export const instanceColumns: InstanceColumn[] = COLUMN_IDS.map((id) => ({
  id,
  header: COLUMN_LABELS[id],
  enableHiding: id !== 'name',
}))
