import {
  columnOrderingFeature,
  columnPinningFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  metaHelper,
  tableFeatures,
} from '@tanstack/react-table'
import type { InstanceColumnMeta } from './column-meta'

/**
 * What TanStack Table does for the instances table: the columns' visibility, order, sizes (and
 * their resizing) and pinning. Not rows: rows are the view model, sorted by the sort index
 * (model/sort-index.ts) and filtered by model/filters.ts; a TanStack row model measured equal at
 * 10,000 rows, +5 MB heap (+26 MB at 50,000) and +2.6 kB JS (README, Performance).
 */
export const instanceTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnResizingFeature,
  columnPinningFeature,
  columnMeta: metaHelper<InstanceColumnMeta>(),
})

export type InstanceTableFeatures = typeof instanceTableFeatures
