/**
 * The dashboard's parts that are not needed for the first paint, each loaded on first use (or,
 * for the export tools, right after the first paint). Render them inside a LazyPart.
 */
import { lazy } from 'react'

// The drawer is not needed for the first paint: it loads when an instance is first opened.
export const InstanceDrawer = lazy(() =>
  import('../instance-detail/instance-drawer').then((module) => ({
    default: module.InstanceDrawer,
  })),
)
export const HeaderTools = lazy(() =>
  import('./header-tools').then((module) => ({ default: module.HeaderTools })),
)
export const ExportTools = lazy(() =>
  import('./export-tools').then((module) => ({ default: module.ExportTools })),
)
// Empty states are reached by filtering (or by an empty account): not part of the first paint.
export const NoInstances = lazy(() =>
  import('../instances/table/empty-states').then((module) => ({ default: module.NoInstances })),
)
export const NoMatches = lazy(() =>
  import('../instances/table/empty-states').then((module) => ({ default: module.NoMatches })),
)
export const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((module) => ({ default: module.ShortcutsDialog })),
)
// Malformed items are rare: their list loads when there is one to show.
export const DroppedItems = lazy(() =>
  import('./dropped-items').then((module) => ({ default: module.DroppedItems })),
)
