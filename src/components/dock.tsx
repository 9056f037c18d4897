import { useEffect, useRef, type ReactNode } from 'react'

/**
 * What floats over the bottom of a scrolling frame (the selection bar, a stop's outcome, notices):
 * it appears and goes without moving a row, so a click aimed at a row never lands on another.
 * Its height is kept in `--dock-height` on the frame, which the frame's scroller adds below its
 * rows so that the last ones can be scrolled above it.
 */
export function Dock({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const dock = ref.current
    const frame = dock?.parentElement
    if (!dock || !frame) return
    const observer = new ResizeObserver(() =>
      frame.style.setProperty('--dock-height', `${dock.offsetHeight}px`),
    )
    observer.observe(dock)
    return () => observer.disconnect()
  }, [])
  return (
    <div
      ref={ref}
      className="dock pointer-events-none absolute inset-x-0 bottom-0 z-overlay flex flex-col items-center gap-2 px-4 pb-3 *:pointer-events-auto *:w-full *:max-w-4xl"
    >
      {children}
    </div>
  )
}
