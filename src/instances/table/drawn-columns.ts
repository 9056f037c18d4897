import { useMemo, type CSSProperties } from 'react'
import type { InstanceColumnDef } from '../../columns/column-def'
import { COLUMNS } from '../../columns/instance-columns'
import type { InstanceTable } from '../../columns/use-instance-table'
import { isColumnId, type ColumnId } from '../../model/column-ids'

/** A column as the table draws it: where it is pinned, and whether it is the pinned edge. */
export interface DrawnColumn {
  id: ColumnId
  def: InstanceColumnDef
  pinned: boolean
  /** The last pinned column: it casts the edge the others scroll under. */
  edge: boolean
  /** A pinned cell's place from the left: a CSS variable the table sets, so rows keep it. */
  style: CSSProperties | undefined
}

/** The CSS variable that holds a pinned column's left offset. */
export const pinVariable = (id: ColumnId) => `--pin-${id}`

/**
 * The columns in the order drawn (pinned first), one array per arrangement: rows are memoised on
 * it, so a resize (which only changes the table's widths and variables) re-renders no row.
 */
export function useDrawnColumns({ table }: InstanceTable): readonly DrawnColumn[] {
  const pinnedIds = table.getStartVisibleLeafColumns().map((column) => column.id)
  const ids = [...pinnedIds, ...table.getCenterVisibleLeafColumns().map((column) => column.id)]
  const key = `${ids.join('.')}|${pinnedIds.join('.')}`
  return useMemo(() => {
    const [drawn, pinned] = key.split('|').map((part) => part.split('.').filter(isColumnId))
    return (drawn ?? []).map((id) => {
      const isPinned = pinned?.includes(id) ?? false
      return {
        id,
        def: COLUMNS[id],
        pinned: isPinned,
        edge: isPinned && pinned?.at(-1) === id,
        style: isPinned ? { left: `var(${pinVariable(id)})` } : undefined,
      }
    })
  }, [key])
}

/** Each pinned column's left offset (after the checkbox column, if any), as CSS variables. */
export function pinOffsets({ table }: InstanceTable, start: number): Record<string, string> {
  const offsets: Record<string, string> = {}
  for (const column of table.getStartVisibleLeafColumns())
    offsets[pinVariable(column.id as ColumnId)] = `${start + column.getStart('start')}px`
  return offsets
}
