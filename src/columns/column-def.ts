import type { ColumnDef } from '@tanstack/react-table'
import type { Instance } from '../api/instance'
import type { ColumnId } from '../model/column-ids'
import type { InstanceColumnMeta } from './column-meta'
import type { InstanceTableFeatures } from './table-features'

/**
 * One column of the instances table, whole: TanStack's part (id, header, size, min and max,
 * whether it hides or pins) and ours (`meta`: cell, sort, export fields, phone card role).
 */
export type InstanceColumnDef = ColumnDef<InstanceTableFeatures, Instance> & {
  id: ColumnId
  header: string
  size: number
  minSize: number
  maxSize: number
  meta: InstanceColumnMeta
}

/** A column definition whose header is its label. */
export const defineColumn = (
  id: ColumnId,
  meta: InstanceColumnMeta,
  sizes: { size: number; minSize?: number; maxSize?: number },
): InstanceColumnDef => ({
  id,
  header: meta.label,
  minSize: 72,
  maxSize: 640,
  ...sizes,
  meta,
})
