/**
 * Marks `frame` with `data-more-right` while `scroller` has columns hidden to its right and
 * `data-scrolled-x` once it is scrolled sideways, and sets `--scrollbar-y` / `--scrollbar-x` to its
 * scrollbars' sizes, so that CSS draws the "more columns" cue and the sticky column's edge. Written
 * to the DOM, not to React state: scrolling sideways never re-renders the table. Returns the undo.
 */
export function watchScrollEdges(scroller: HTMLElement, frame: HTMLElement): () => void {
  const update = () => {
    const left = Math.ceil(scroller.scrollLeft)
    frame.toggleAttribute('data-more-right', left + scroller.clientWidth < scroller.scrollWidth - 1)
    frame.toggleAttribute('data-scrolled-x', left > 0)
    frame.style.setProperty('--scrollbar-y', `${scroller.offsetWidth - scroller.clientWidth}px`)
    frame.style.setProperty('--scrollbar-x', `${scroller.offsetHeight - scroller.clientHeight}px`)
  }
  update()
  scroller.addEventListener('scroll', update, { passive: true })
  const observer = new ResizeObserver(update)
  observer.observe(scroller)
  for (const child of scroller.children) observer.observe(child)
  return () => {
    scroller.removeEventListener('scroll', update)
    observer.disconnect()
  }
}
