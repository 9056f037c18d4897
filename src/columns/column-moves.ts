import type { ColumnId } from '../model/column-ids'

/** The columns as drawn: the pinned ones first (in their order), then the rest as shown. */
export function drawnOrder(shown: readonly ColumnId[], pinned: readonly ColumnId[]): ColumnId[] {
  return [...pinned, ...shown.filter((id) => !pinned.includes(id))]
}

/** Where a column may go: beside its neighbours on the same side of the pinned edge. */
function region(shown: readonly ColumnId[], pinned: readonly ColumnId[], id: ColumnId) {
  return pinned.includes(id) ? [...pinned] : shown.filter((other) => !pinned.includes(other))
}

/** `list` with `id` put where `target` is (before it when moving left, after it when right). */
function placed(list: readonly ColumnId[], id: ColumnId, target: ColumnId): ColumnId[] {
  const from = list.indexOf(id)
  const to = list.indexOf(target)
  const next = list.filter((other) => other !== id)
  next.splice(to, 0, id)
  return from < 0 || to < 0 ? [...list] : next
}

/** The neighbour a step of -1 (left) or 1 (right) would swap `id` with, if any. */
export function neighbour(
  shown: readonly ColumnId[],
  pinned: readonly ColumnId[],
  id: ColumnId,
  step: -1 | 1,
): ColumnId | undefined {
  const list = region(shown, pinned, id)
  const index = list.indexOf(id)
  return index < 0 ? undefined : list[index + step]
}

/**
 * Moves `id` to `target`'s place on the same side of the pinned edge (a drop on a header, or a
 * step left or right): the new shown order and pinned list. A target across the edge changes nothing.
 */
export function moveColumn(
  shown: readonly ColumnId[],
  pinned: readonly ColumnId[],
  id: ColumnId,
  target: ColumnId,
): { shown: ColumnId[]; pinned: ColumnId[] } {
  if (pinned.includes(id) !== pinned.includes(target))
    return { shown: [...shown], pinned: [...pinned] }
  return pinned.includes(id)
    ? { shown: [...shown], pinned: placed(pinned, id, target) }
    : { shown: placed(shown, id, target), pinned: [...pinned] }
}
