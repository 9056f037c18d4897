import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import type { InstanceTable } from '../../columns/use-instance-table'
import type { ColumnId } from '../../model/column-ids'

const STEP = 10

/**
 * The right edge of a header: drag it to resize the column (pointer events: mouse, pen or touch),
 * or focus it and use ArrowLeft / ArrowRight (10 px) and Home (back to its default width). A
 * `separator` with its value, as the WAI-ARIA window splitter pattern has it.
 */
export function ResizeHandle({
  table,
  id,
  label,
  size,
  resizing,
  onResizing,
}: {
  table: InstanceTable['table']
  id: ColumnId
  label: string
  size: number
  resizing: boolean
  /** A drag begins (the column's id) or ends (null). */
  onResizing: (id: ColumnId | null) => void
}) {
  const drag = useRef<{ x: number; size: number } | null>(null)
  const column = table.getColumn(id)
  if (!column) return null
  const { minSize = 0, maxSize = 0 } = column.columnDef
  const resizeTo = (width: number) =>
    table.setColumnSizing((sizes) => ({
      ...sizes,
      [id]: Math.round(Math.min(maxSize, Math.max(minSize, width))),
    }))
  const onKeyDown = (event: KeyboardEvent) => {
    const by = event.key === 'ArrowLeft' ? -STEP : event.key === 'ArrowRight' ? STEP : 0
    if (!by && event.key !== 'Home') return
    event.preventDefault()
    event.stopPropagation()
    if (event.key === 'Home') column.resetSize()
    else resizeTo(size + by)
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.preventDefault()
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { x: event.clientX, size }
    onResizing(id)
  }
  const onPointerMove = (event: PointerEvent) => {
    if (drag.current) resizeTo(drag.current.size + event.clientX - drag.current.x)
  }
  const end = () => {
    if (!drag.current) return
    drag.current = null
    onResizing(null)
  }
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${label}`}
      aria-valuenow={size}
      aria-valuemin={minSize}
      aria-valuemax={maxSize}
      aria-valuetext={`${size} pixels`}
      tabIndex={0}
      title={`Drag to resize ${label}; or focus and use the arrow keys, Home for its default width`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onLostPointerCapture={end}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={onKeyDown}
      data-resizing={resizing || undefined}
      className="absolute top-0 -right-1 bottom-0 z-[1] w-2 cursor-col-resize touch-none select-none after:absolute after:inset-y-1.5 after:left-[3px] after:w-0.5 after:rounded hover:after:bg-accent focus-visible:after:bg-accent data-resizing:after:bg-accent"
    />
  )
}
