import { replaceEqualDeep } from '@tanstack/react-query'
import type { Instance } from './instance'
import { NULL_LIST } from './interner'
import type { LoadResult } from './load-result'

/**
 * Structural sharing for the instance list, matched by id rather than by position: an instance
 * equal to the one already on screen keeps its object, so its memoised row does not re-render,
 * even when pages arrive in another order or a new instance shifts every position after it. An
 * unchanged list keeps its array (and an unchanged load its whole result), so nothing downstream
 * recomputes.
 */
export function shareLoadResult(previous: unknown, next: unknown): unknown {
  if (!isLoadResult(previous) || !isLoadResult(next)) return next
  const { instances: previousInstances, ...previousRest } = previous
  const { instances: nextInstances, ...nextRest } = next
  const instances = shareInstances(previousInstances, nextInstances)
  const rest = replaceEqualDeep(previousRest, nextRest)
  if (rest === previousRest && instances === previousInstances) return previous
  return { ...rest, instances }
}

export function shareInstances(previous: Instance[], next: Instance[]): Instance[] {
  const byId = new Map(previous.map((instance) => [instance.id, instance]))
  let same = previous.length === next.length
  const shared = next.map((instance, index) => {
    const old = byId.get(instance.id)
    const kept =
      old === undefined || !sameNullLists(old, instance)
        ? instance
        : replaceEqualDeep(old, instance)
    if (kept !== previous[index]) same = false
    return kept
  })
  return same ? previous : shared
}

/**
 * Whether the lists that read empty were sent the same way (null or empty) in both: equal to the
 * eye, but rawOf gives back what was sent, so an instance whose list went from null to [] is new.
 */
function sameNullLists(a: Instance, b: Instance): boolean {
  const isNull = (list: readonly unknown[]) => list === NULL_LIST
  return (
    isNull(a.image.tags) === isNull(b.image.tags) &&
    isNull(a.nodePorts) === isNull(b.nodePorts) &&
    isNull(a.remoteStorages) === isNull(b.remoteStorages)
  )
}

function isLoadResult(value: unknown): value is LoadResult {
  return (
    typeof value === 'object' && value !== null && Array.isArray((value as LoadResult).instances)
  )
}
