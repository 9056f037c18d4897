import { useCallback, useLayoutEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { rowWindow, scrollTopFor } from '../../lib/row-window'

interface Viewport {
  /** Index of the first row at the top of the view: state changes once per row, not per pixel. */
  firstRow: number
  height: number
}

/** A window start decided while new data merged in, shown until the viewport is read again. */
export interface HeldWindow {
  firstRow: number
  /** The viewport's first row when it was decided: once the viewport moves on, it wins. */
  basedOn: number
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
  held: HeldWindow | null = null,
) {
  const [viewport, setViewport] = useState<Viewport>({ firstRow: 0, height: 0 })

  const read = useCallback(() => {
    const element = scrollRef.current
    if (!element) return
    const next = {
      firstRow: Math.floor(element.scrollTop / rowHeight),
      height: element.clientHeight,
    }
    // A viewport that only got shorter (the summary appeared above) keeps its rows: the extra
    // ones are overscan, and a render of the table saved is a layout saved.
    setViewport((previous) =>
      previous.firstRow === next.firstRow && previous.height >= next.height ? previous : next,
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

  const firstRow = held && held.basedOn === viewport.firstRow ? held.firstRow : viewport.firstRow
  const { start, end } = rowWindow(
    firstRow * rowHeight,
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
    viewportFirstRow: viewport.firstRow,
  }
}
