import { columnVisibilityFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table'

/** Sorting is manual (the view model is sorted by `sortInstances`); the table owns headers and visibility. */
export const instanceTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature })
