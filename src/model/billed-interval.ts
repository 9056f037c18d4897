import type { Instance } from '../api/instance'

/**
 * The time an instance is assumed billed: from creation until now while Running, until its stop
 * when stopped (Stopped, Archived, Released). Other statuses, and unknown times, are not counted.
 */
export function billedInterval(
  instance: Instance,
  now: number,
  start = instance.createdAt,
): [number, number] | null {
  if (start === null) return null
  if (instance.statusGroup === 'running') return [start, Math.max(start, now)]
  if (instance.statusGroup === 'stopped' && instance.stoppedAt !== null)
    return [start, Math.max(start, Math.min(instance.stoppedAt, now))]
  return null
}
