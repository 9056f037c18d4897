import type { Instance } from '../api/instance'

/**
 * What this dashboard saw of an instance's status: HPC-AI sends no status times, so "how long
 * has it been Starting" can only be judged from when the dashboard first saw it in that status (kept on this device).
 */
export interface Observation {
  status: string
  /** When the dashboard first saw the instance in `status` (ms). */
  since: number
  /** True when the page saw the change into `status`; false when it was already so at first sight. */
  seenStart: boolean
}

export type Observations = ReadonlyMap<string, Observation>

export const NO_OBSERVATIONS: Observations = new Map()

/**
 * The observations after a load at `at`: an unchanged status keeps its entry (the same object),
 * a changed one starts anew (its start seen), a first sighting starts at `at` (start not seen).
 * Instances no longer listed are forgotten. Returns `previous` itself when nothing changed.
 */
export function observeStatuses(
  previous: Observations,
  instances: readonly Instance[],
  at: number,
): Observations {
  const next = new Map<string, Observation>()
  let changed = previous.size !== instances.length
  for (const instance of instances) {
    const before = previous.get(instance.id)
    if (before && before.status === instance.status) {
      next.set(instance.id, before)
      continue
    }
    changed = true
    next.set(instance.id, { status: instance.status, since: at, seenStart: before !== undefined })
  }
  return changed ? next : previous
}
