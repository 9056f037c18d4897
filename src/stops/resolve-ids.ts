import type { Instance } from '../api/instance'
import type { SkippedStop } from './stop-plan'

export const NOT_IN_LIST = 'No longer in the list'

/** The instances of `ids` in list order, and the ids the list no longer holds (named by id). */
export function resolveIds(
  ids: Iterable<string>,
  all: readonly Instance[],
): { found: Instance[]; missing: SkippedStop[] } {
  const wanted = new Set(ids)
  const found = all.filter((instance) => wanted.has(instance.id))
  for (const instance of found) wanted.delete(instance.id)
  const missing = [...wanted].map((id) => ({ id, name: id, reason: NOT_IN_LIST }))
  return { found, missing }
}

/** "a (already stopped), b (already stopping)", the first `max`, then "and N more". */
export function describeSkips(skips: readonly SkippedStop[], max: number): string {
  const shown = skips
    .slice(0, max)
    .map(
      (skip) =>
        `${skip.name || skip.id} (${skip.reason.charAt(0).toLowerCase()}${skip.reason.slice(1)})`,
    )
  const more = skips.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${more.toLocaleString()} more` : shown.join(', ')
}
