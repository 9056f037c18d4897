import type { Instance } from '../api/instance'

/**
 * The rows with the pinned ones first, each part in the order it had (so a pin is "to the top of
 * any sort", and the sort still orders the pinned among themselves). The same array when nothing
 * listed is pinned.
 */
export function pinnedFirst(
  rows: readonly Instance[],
  pinned: { has: (id: string) => boolean; size: number },
): readonly Instance[] {
  if (pinned.size === 0) return rows
  const top: Instance[] = []
  const rest: Instance[] = []
  for (const row of rows) (pinned.has(row.id) ? top : rest).push(row)
  return top.length === 0 ? rows : [...top, ...rest]
}
