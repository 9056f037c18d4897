import type { Instance } from '../api/instance'
import { billedInterval } from './billed-interval'

const HOUR = 3_600_000

/**
 * What an instance has cost so far, an estimate: its hourly figure over the time it is assumed
 * billed (cost.ts: from creation until now while Running, until its stop when stopped), counted
 * from the dashboard's first sight of it when HPC-AI sent no creation time. Null when unknown.
 */
export function spendSoFar(
  instance: Instance,
  firstSeen: number | null,
  now: number,
): number | null {
  const hourly = instance.billing.hourly
  if (hourly === null) return null
  const interval = billedInterval(instance, now, instance.createdAt ?? firstSeen)
  return interval ? (hourly * (interval[1] - interval[0])) / HOUR : null
}

/** Whether the figure counts from first sight (HPC-AI sent no creation time): say so beside it. */
export const countsFromFirstSight = (instance: Instance) => instance.createdAt === null

/**
 * The Spend so far column's sort key: it reads the time (the order moves as running instances
 * accrue, so sort it as a context-sorted column) and the first sightings for instances without a
 * creation time.
 */
export const spendSoFarKey =
  (now: number, firstSeen: (id: string) => number | undefined) => (instance: Instance) =>
    spendSoFar(instance, firstSeen(instance.id) ?? null, now)
