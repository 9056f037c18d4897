import { useEffect, useState } from 'react'
import { logActivity } from './activity-log'
import { applyList } from './apply-list'
import { settledActivity } from './settled-activity'
import { WATCH_MS } from './stop-timing'
import { stopsStore } from './stops-store'
import { useStore } from '../lib/store'

/** The first moment a stop in progress stops being watched, or null when none is. */
function nextDeadline(accepted: Iterable<{ acceptedAt: number | null }>): number | null {
  let first: number | null = null
  for (const { acceptedAt } of accepted) {
    if (acceptedAt !== null && (first === null || acceptedAt < first)) first = acceptedAt
  }
  return first === null ? null : first + WATCH_MS
}

/**
 * Reconciles the stops in progress with each list that arrives (and when a watch runs out), and
 * logs those that settled.
 */
export function useStopWatch(
  instances: readonly { id: string; status: string }[] | undefined,
  loadedAt: number,
): void {
  const { pending, watched } = useStore(stopsStore)
  const [tick, setTick] = useState(0)
  const deadline = nextDeadline([...pending.values(), ...watched.values()])

  useEffect(() => {
    if (!instances) return
    const now = Date.now()
    logActivity(applyList(instances, loadedAt, now).map((settled) => settledActivity(settled, now)))
  }, [instances, loadedAt, tick])

  useEffect(() => {
    if (deadline === null) return
    const timer = setTimeout(
      () => setTick((count) => count + 1),
      Math.max(0, deadline - Date.now()) + 50,
    )
    return () => clearTimeout(timer)
  }, [deadline])
}
