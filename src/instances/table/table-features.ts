import { columnVisibilityFeature, tableFeatures } from '@tanstack/react-table'

/**
 * The table owns headers and visibility. Not sorting: the sort is the view's, applied by the sort
 * index (model/sort-index.ts); TanStack's sorting feature would bring its sort functions along
 * (kilobytes of first-paint JS) only to hold one { id, desc }.
 */
export const instanceTableFeatures = tableFeatures({ columnVisibilityFeature })
