import { reconcileStops, type StopSettlement } from './reconcile'
import { stopsStore } from './stops-store'

/**
 * Lays a freshly loaded list over the stops in progress; answers the stops that settled. Apart
 * from the store, so that it loads with the stop watch, not with the first paint.
 */
export function applyList(
  instances: readonly { id: string; status: string }[],
  loadedAt: number,
  now: number,
): StopSettlement[] {
  const state = stopsStore.get()
  const next = reconcileStops(state.pending, state.watched, instances, loadedAt, now)
  if (next.pending !== state.pending || next.watched !== state.watched)
    stopsStore.set({ ...state, pending: next.pending, watched: next.watched })
  return next.settled
}
