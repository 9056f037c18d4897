import {
  columnOrderingFeature,
  columnPinningFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  metaHelper,
  tableFeatures,
} from '@tanstack/react-table'
import type { InstanceColumnMeta } from './column-meta'

/**
 * What TanStack Table does for the instances table: the columns' visibility, order, sizes and
 * pinning. A drag of a header's edge is the table's own (resize-handle.tsx: pointer events setting
 * TanStack's sizes), 1.2 kB less first-load JS than its resizing feature. Not rows: rows are the view model, sorted by the sort index
 * (model/sort-index.ts) and filtered by model/filters.ts; a TanStack row model measured equal at
 * 10,000 rows, +5 MB heap (+26 MB at 50,000) and +2.6 kB JS (README, Performance).
 */
export const instanceTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnPinningFeature,
  columnMeta: metaHelper<InstanceColumnMeta>(),
})

export type InstanceTableFeatures = typeof instanceTableFeatures
