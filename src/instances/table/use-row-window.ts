import { useCallback, useLayoutEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { rowWindow, scrollTopFor } from '../../lib/row-window'

interface Viewport {
  /** Index of the first row at the top of the view: state changes once per row, not per pixel. */
  firstRow: number
  height: number
}

/**
 * Windowing for rows of one fixed height inside `scrollRef` (below its sticky <thead>): which rows
 * to render, the padding that stands in for the rest, and scrolling a row into view.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
) {
  const [viewport, setViewport] = useState<Viewport>({ firstRow: 0, height: 0 })

  const read = useCallback(() => {
    const element = scrollRef.current
    if (!element) return
    const next = {
      firstRow: Math.floor(element.scrollTop / rowHeight),
      height: element.clientHeight,
    }
    setViewport((previous) =>
      previous.firstRow === next.firstRow && previous.height === next.height ? previous : next,
    )
  }, [scrollRef, rowHeight])

  useLayoutEffect(() => {
    const element = scrollRef.current
    if (!element) return
    read()
    element.addEventListener('scroll', read, { passive: true })
    const observer = new ResizeObserver(read)
    observer.observe(element)
    return () => {
      element.removeEventListener('scroll', read)
      observer.disconnect()
    }
  }, [scrollRef, read])

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current
      if (!element) return
      const header = element.querySelector('thead')?.offsetHeight ?? 0
      const top = scrollTopFor(index, element.scrollTop, element.clientHeight, rowHeight, header)
      if (top === null) return
      element.scrollTop = top
      // Render the new rows now, so that the caller can focus the target row right after.
      flushSync(read)
    },
    [scrollRef, rowHeight, read],
  )

  const { start, end } = rowWindow(
    viewport.firstRow * rowHeight,
    viewport.height,
    count,
    rowHeight,
    overscan,
  )
  return {
    start,
    end,
    padTop: start * rowHeight,
    padBottom: (count - end) * rowHeight,
    scrollToIndex,
  }
}
