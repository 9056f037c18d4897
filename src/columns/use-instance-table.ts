import {
  functionalUpdate,
  useTable,
  type ColumnPinningState,
  type ColumnSizingState,
  type ColumnVisibilityState,
  type Updater,
} from '@tanstack/react-table'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Instance } from '../api/instance'
import { COLUMN_IDS, isColumnId, type ColumnId } from '../model/column-ids'
import { DEFAULT_PINNED, DEFAULT_SHOWN } from '../model/column-layout'
import { columnOrderOf, type ColumnLayout } from './column-layout'
import { moveColumn, neighbour } from './column-moves'
import { COLUMN_DEFS } from './instance-columns'
import { instanceTableFeatures } from './table-features'

const NO_ROWS: Instance[] = []

const onlyIds = (list: readonly string[]) => list.filter(isColumnId)

/**
 * The instances table's column model: TanStack Table holds the columns' visibility, order, sizes
 * and pinning, read from `layout` (the view's, else the device's);
 * every change it makes comes back to `onLayoutChange` (the URL and the device). A resize shows
 * as it happens and is handed on when it ends. The table gets no rows (see table-features.ts).
 */
export function useInstanceTable(
  layout: ColumnLayout,
  onLayoutChange: (layout: ColumnLayout) => void,
) {
  const order = useMemo(() => columnOrderOf(layout), [layout])
  const visibility = useMemo<ColumnVisibilityState>(
    () =>
      Object.fromEntries(
        COLUMN_IDS.filter((id) => !layout.shown.includes(id)).map((id) => [id, false]),
      ),
    [layout.shown],
  )
  const pinning = useMemo<ColumnPinningState>(
    () => ({ start: layout.pinned, end: [] }),
    [layout.pinned],
  )
  // Sizes change on every pointer move of a resize: kept here until it ends.
  const [resizing, setResizing] = useState<ColumnId | null>(null)
  const [sizing, setSizing] = useState<ColumnSizingState>(layout.widths)
  const [sizedFrom, setSizedFrom] = useState(layout.widths)
  if (sizedFrom !== layout.widths) {
    setSizedFrom(layout.widths)
    setSizing(layout.widths)
  }
  const latest = useRef({ layout, onLayoutChange, sizing, resizing })
  useEffect(() => {
    latest.current = { layout, onLayoutChange, sizing, resizing }
  })
  // Several changes in one event each build on the one before.
  const change = (patch: Partial<ColumnLayout>) => {
    const next = { ...latest.current.layout, ...patch }
    latest.current.layout = next
    latest.current.onLayoutChange(next)
  }
  const commitSizing = (next: ColumnSizingState) =>
    change({
      widths: Object.fromEntries(Object.entries(next).filter(([id]) => isColumnId(id))),
    })

  const table = useTable(
    {
      features: instanceTableFeatures,
      columns: COLUMN_DEFS,
      data: NO_ROWS,
      state: {
        columnOrder: order,
        columnVisibility: visibility,
        columnPinning: pinning,
        columnSizing: sizing,
      },
      onColumnOrderChange: (updater: Updater<string[]>) => {
        const next = onlyIds(functionalUpdate(updater, latest.current.layout.shown))
        change({ shown: next.filter((id) => latest.current.layout.shown.includes(id)) })
      },
      onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
        const next = functionalUpdate(updater, visibility)
        const { shown, pinned } = latest.current.layout
        // A column shown again comes last.
        const nextShown = [
          ...shown.filter((id) => next[id] !== false),
          ...COLUMN_IDS.filter((id) => !shown.includes(id) && next[id] !== false),
        ]
        change({ shown: nextShown, pinned: pinned.filter((id) => nextShown.includes(id)) })
      },
      onColumnPinningChange: (updater: Updater<ColumnPinningState>) =>
        change({ pinned: onlyIds(functionalUpdate(updater, pinning).start) }),
      onColumnSizingChange: (updater: Updater<ColumnSizingState>) => {
        const next = functionalUpdate(updater, latest.current.sizing)
        setSizing(next)
        latest.current.sizing = next
        // A drag is handed on when it ends (resizeEnd); a key press at once.
        if (latest.current.resizing === null) commitSizing(next)
      },
    },
    () => null,
  )

  return {
    table,
    /** The column whose edge is being dragged, if any. */
    resizing,
    /** A drag of `id`'s edge begins: its sizes are handed on when it ends. */
    resizeStart: (id: ColumnId) => {
      latest.current.resizing = id
      setResizing(id)
    },
    resizeEnd: () => {
      if (latest.current.resizing === null) return
      latest.current.resizing = null
      setResizing(null)
      commitSizing(latest.current.sizing)
    },
    /** Moves a column one step left or right, beside its neighbours on its side of the pinned edge. */
    step: (id: ColumnId, by: -1 | 1) => {
      const { shown, pinned } = latest.current.layout
      const other = neighbour(shown, pinned, id, by)
      if (other) change(moveColumn(shown, pinned, id, other))
    },
    /** Back to the default columns, order, widths and pinning. */
    reset: () => change({ shown: [...DEFAULT_SHOWN], widths: {}, pinned: [...DEFAULT_PINNED] }),
    /** Moves a column to another's place (a header dropped on another). */
    moveTo: (id: ColumnId, target: ColumnId) => {
      const { shown, pinned } = latest.current.layout
      change(moveColumn(shown, pinned, id, target))
    },
  }
}

export type InstanceTable = ReturnType<typeof useInstanceTable>
