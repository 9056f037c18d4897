import { columnVisibilityFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table'

/**
 * Sorting is manual (the view model is put in order by the sort index, model/sort-index.ts); the
 * table owns headers and visibility.
 */
export const instanceTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature })
