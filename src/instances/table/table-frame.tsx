import { useEffect, useRef, type ReactNode, type RefObject } from 'react'
import { MoreColumnsCue } from './more-columns-cue'
import { watchScrollEdges } from './scroll-edges'

/**
 * Holds the table's scroll container, marks it while columns are hidden to the right or it is
 * scrolled sideways (the "more columns" cue, the pinned columns' edge), and holds what floats over
 * the bottom of the rows (the selection bar, notices) without moving them.
 */
export function TableFrame({
  scrollRef,
  overlay,
  children,
}: {
  scrollRef: RefObject<HTMLElement | null>
  overlay?: ReactNode
  children: ReactNode
}) {
  const frameRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const scroller = scrollRef.current
    const frame = frameRef.current
    if (scroller && frame) return watchScrollEdges(scroller, frame)
  }, [scrollRef])
  return (
    <div ref={frameRef} className="table-frame group/frame relative flex min-h-0 flex-1 flex-col">
      {children}
      <MoreColumnsCue />
      {overlay}
    </div>
  )
}
