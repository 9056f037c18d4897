import { useEffect, useRef, type ReactNode, type RefObject } from 'react'
import type { LayoutKit } from './layout-kit'

/**
 * Holds the table's scroll container. Once the layout kit has loaded, the kit keeps the first
 * columns in place while the others scroll sideways and shows the "more columns" cue.
 */
export function TableFrame({
  scrollRef,
  kit,
  checkboxes,
  children,
}: {
  scrollRef: RefObject<HTMLElement | null>
  kit?: LayoutKit
  /** The rows start with a selection checkbox column. */
  checkboxes: boolean
  children: ReactNode
}) {
  const frameRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const scroller = scrollRef.current
    const frame = frameRef.current
    if (kit && scroller && frame) return kit.watchScrollEdges(scroller, frame)
  }, [scrollRef, kit])
  return (
    <div
      ref={frameRef}
      className={`relative flex min-h-0 flex-1 flex-col ${kit?.stickyColumns(checkboxes) ?? ''}`}
    >
      {children}
      {kit && <kit.MoreColumnsCue />}
    </div>
  )
}
