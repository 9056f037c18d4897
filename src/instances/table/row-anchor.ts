/**
 * Where a row went when the list changed under it: the anchor is a position in the list as the
 * screen shows it; the answer is the position of the same instance in the new list, or null when
 * it is no longer there. Pure, so that keeping a row in place is tested apart from scrolling.
 */
export function movedIndex(
  before: readonly { id: string }[],
  after: readonly { id: string }[],
  index: number,
): number | null {
  const id = before[index]?.id
  if (id === undefined) return null
  if (after[index]?.id === id) return index
  const moved = after.findIndex((instance) => instance.id === id)
  return moved < 0 ? null : moved
}

/**
 * The row to hold in place while new data merges in: the one with focus, else the one under the
 * pointer, else (scrolled down) the first row in view. At the top of the list with neither, none:
 * the view keeps showing the top of the sort.
 */
export function anchorRow(
  focused: number | null,
  hovered: number | null,
  scrollTop: number,
  rowHeight: number,
): number | null {
  if (focused !== null) return focused
  if (hovered !== null) return hovered
  return scrollTop > 0 ? Math.floor(scrollTop / rowHeight) : null
}
