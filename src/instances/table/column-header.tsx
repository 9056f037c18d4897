import { lazy, memo, Suspense, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import type { InstanceTable } from '../../columns/use-instance-table'
import { isColumnId, type ColumnId } from '../../model/column-ids'
import type { DrawnColumn } from './drawn-columns'

// The headers' resize edges are no use before the table is on screen: their code loads with its
// first paint (and in idle time on the token screen), not in the first-load JS.
const ResizeHandle = lazy(() =>
  import('./resize-handle').then((module) => ({ default: module.ResizeHandle })),
)

const DRAG_TYPE = 'application/x-hpcai-column'

interface Props {
  column: DrawnColumn
  table: InstanceTable['table']
  /** The column's width and whether it is being resized: what its resize edge tells. */
  size: number
  resizing: boolean
  direction: 'ascending' | 'descending' | 'none'
  onSort: (id: ColumnId) => void
  onMove: (id: ColumnId, target: ColumnId) => void
  onResizing: (id: ColumnId | null) => void
}

/**
 * A column header: click, Enter or Space sorts by it (`aria-sort` tells the order; the header
 * itself is the control, so that the only *button* named "Status" is the filter); drag it onto
 * another header to move it there; its right edge resizes it.
 */
function Header({
  column: { id, def, pinned, edge, style },
  table,
  size,
  resizing,
  direction,
  onSort,
  onMove,
  onResizing,
}: Props) {
  const [dropTarget, setDropTarget] = useState(false)
  // A press on the resize edge is a resize: the drag it starts does not move the column, and the
  // click it ends in does not sort.
  const pressedEdge = useRef(false)
  const { label, sortTitle } = def.meta
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    event.stopPropagation()
    onSort(id)
  }
  const dragged = (event: DragEvent) => event.dataTransfer.types.includes(DRAG_TYPE)
  return (
    <th
      scope="col"
      // Named by its label alone: its resize edge inside has a name of its own.
      aria-label={label}
      tabIndex={0}
      aria-sort={direction}
      title={sortTitle ?? `Sort by ${label}; drag to move the column`}
      onPointerDownCapture={(event) => {
        pressedEdge.current = Boolean((event.target as Element).closest('[role="separator"]'))
      }}
      onClick={() => {
        if (!pressedEdge.current) onSort(id)
      }}
      onKeyDown={onKeyDown}
      draggable
      onDragStart={(event) => {
        // A drag that starts on the resize edge resizes; it does not move the column.
        if (pressedEdge.current) return event.preventDefault()
        event.dataTransfer.setData(DRAG_TYPE, id)
        event.dataTransfer.effectAllowed = 'move'
      }}
      onDragOver={(event) => {
        if (!dragged(event)) return
        event.preventDefault()
        setDropTarget(true)
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(event) => {
        setDropTarget(false)
        const moved = event.dataTransfer.getData(DRAG_TYPE)
        if (isColumnId(moved) && moved !== id) onMove(moved, id)
      }}
      data-pinned={pinned || undefined}
      data-pinned-edge={edge || undefined}
      data-drop-target={dropTarget || undefined}
      style={style}
      className="cursor-pointer border-b border-line px-3 py-2 text-left font-medium whitespace-nowrap text-fg-muted select-none hover:text-fg data-drop-target:shadow-[inset_2px_0_var(--color-accent)]"
    >
      <span className="block truncate">
        {label}
        <span aria-hidden="true" className="ml-1 inline-block w-3 text-xs">
          {direction === 'descending' ? '▼' : direction === 'ascending' ? '▲' : ''}
        </span>
      </span>
      <Suspense fallback={null}>
        <ResizeHandle
          table={table}
          id={id}
          label={label}
          size={size}
          resizing={resizing}
          onResizing={onResizing}
        />
      </Suspense>
    </th>
  )
}

/**
 * Re-rendered only when what it shows changes. TanStack's table object is new on every render of
 * the table (useTable), and its methods read the same table state: it is left out of the comparison.
 */
export const ColumnHeader = memo(Header, (before, after) =>
  (Object.keys(after) as (keyof Props)[]).every(
    (key) => key === 'table' || before[key] === after[key],
  ),
)
