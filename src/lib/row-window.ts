/**
 * Which rows of a fixed-height list to render: those in view plus `overscan` either side.
 * Pure, so the arithmetic is tested apart from scrolling.
 */
export interface RowWindow {
  /** First row to render. */
  start: number
  /** One past the last row to render. */
  end: number
}

export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  count: number,
  rowHeight: number,
  overscan: number,
): RowWindow {
  if (count === 0) return { start: 0, end: 0 }
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight)
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight)
  return {
    start: Math.min(count - 1, Math.max(0, first - overscan)),
    end: Math.min(count, last + overscan),
  }
}

/**
 * The scroll position that brings row `index` fully into view, or null when it already is.
 * `stickyTop` is what covers the top of the viewport (a sticky header above the rows).
 */
export function scrollTopFor(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  stickyTop: number,
): number | null {
  const top = index * rowHeight
  const bottom = top + rowHeight
  if (top < scrollTop) return top
  if (bottom + stickyTop > scrollTop + viewportHeight) return bottom + stickyTop - viewportHeight
  return null
}
