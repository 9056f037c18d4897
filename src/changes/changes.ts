import type { Instance } from '../api/instance'
import type { Change } from '../model/change-log'

export type { Change }

/**
 * What changed from one load to the next: status changes, new instances and, when the new load is
 * complete (no page missing), instances no longer listed. Ordered by kind, then name.
 */
export function diffLoads(
  before: readonly Instance[],
  after: readonly Instance[],
  at: number,
  complete: boolean,
): Change[] {
  const previous = new Map(before.map((instance) => [instance.id, instance]))
  const changes: Change[] = []
  for (const instance of after) {
    const old = previous.get(instance.id)
    previous.delete(instance.id)
    const { id, name, status } = instance
    if (!old) changes.push({ kind: 'new', id, name, status, at })
    else if (old.status !== status)
      changes.push({ kind: 'status', id, name, from: old.status, to: status, at })
  }
  if (complete) {
    for (const { id, name, status } of previous.values())
      changes.push({ kind: 'gone', id, name, status, at })
  }
  const rank = { status: 0, new: 1, gone: 2 }
  return changes.sort((a, b) => rank[a.kind] - rank[b.kind] || a.name.localeCompare(b.name))
}
