import { stopEligibility } from '../lib/status'

import { WATCH_MS } from './stop-timing'

export { FAST_REFRESH_MS, WATCH_MS } from './stop-timing'

export interface PendingStop {
  name: string
  requestedAt: number
  /** When HPC-AI accepted it; null while it is queued or in flight. */
  acceptedAt: number | null
}

export interface WatchedStop {
  name: string
  acceptedAt: number
}

/** What a watched stop came to: a status that is no longer running, gone, or still not there. */
export interface StopSettlement {
  id: string
  name: string
  /** The status the list shows now; null when the instance is no longer in the list. */
  status: string | null
  timedOut: boolean
}

export interface Reconciled {
  pending: ReadonlyMap<string, PendingStop>
  watched: ReadonlyMap<string, WatchedStop>
  settled: StopSettlement[]
}

const isStoppable = (status: string) => stopEligibility(status).ok

/**
 * Lays a list loaded at `loadedAt` over the stops in progress. An optimistic "Stopping" gives way
 * to the real status once a list loaded after the stop was accepted no longer shows it stoppable;
 * a watched stop ends when the list shows it settled (stopped, archived, released or gone), or
 * WATCH_MS after it was accepted. Returns the same maps when nothing changed.
 */
export function reconcileStops(
  pending: ReadonlyMap<string, PendingStop>,
  watched: ReadonlyMap<string, WatchedStop>,
  instances: readonly { id: string; status: string }[],
  loadedAt: number,
  now: number,
): Reconciled {
  if (pending.size === 0 && watched.size === 0) return { pending, watched, settled: [] }
  const statusOf = new Map<string, string>()
  for (const instance of instances) {
    if (pending.has(instance.id) || watched.has(instance.id))
      statusOf.set(instance.id, instance.status)
  }
  const nextPending = new Map(pending)
  for (const [id, stop] of pending) {
    if (stop.acceptedAt === null) continue
    const status = statusOf.get(id)
    const seen = loadedAt > stop.acceptedAt && (status === undefined || !isStoppable(status))
    if (seen || now - stop.acceptedAt >= WATCH_MS) nextPending.delete(id)
  }
  const nextWatched = new Map(watched)
  const settled: StopSettlement[] = []
  for (const [id, stop] of watched) {
    const status = statusOf.get(id) ?? null
    const done =
      loadedAt > stop.acceptedAt &&
      (status === null || (status !== 'Stopping' && !isStoppable(status)))
    const timedOut = !done && now - stop.acceptedAt >= WATCH_MS
    if (!done && !timedOut) continue
    nextWatched.delete(id)
    settled.push({ id, name: stop.name, status, timedOut })
  }
  return {
    pending: nextPending.size === pending.size ? pending : nextPending,
    watched: nextWatched.size === watched.size ? watched : nextWatched,
    settled,
  }
}
