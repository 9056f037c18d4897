import type { PendingStop, WatchedStop } from './reconcile'
import type { BatchResult } from './stop-batch'
import type { SkippedStop, StopTarget } from './stop-plan'
import { createStore } from '../lib/store'

/** A confirmation asked for: these ids; from the selection bar (cleared on confirm) or the drawer. */
export interface ConfirmRequest {
  ids: readonly string[]
  fromSelection: boolean
}

export interface BatchState {
  targets: readonly StopTarget[]
  skipped: readonly SkippedStop[]
  answered: number
  /** Null while stops are still being sent. */
  result: BatchResult | null
}

export interface StopsState {
  /** Optimistic "Stopping": beside the list data, never written into it. */
  pending: ReadonlyMap<string, PendingStop>
  /** Accepted stops the list refreshes fast for, until they settle. */
  watched: ReadonlyMap<string, WatchedStop>
  confirm: ConfirmRequest | null
  batch: BatchState | null
}

const INITIAL: StopsState = { pending: new Map(), watched: new Map(), confirm: null, batch: null }

export const stopsStore = createStore<StopsState>(INITIAL)

export const isSending = (state: StopsState) => state.batch !== null && state.batch.result === null

export function requestStop(ids: readonly string[], fromSelection: boolean): void {
  stopsStore.set((state) =>
    isSending(state) ? state : { ...state, confirm: { ids, fromSelection } },
  )
}

export function closeConfirm(): void {
  stopsStore.set((state) => (state.confirm ? { ...state, confirm: null } : state))
}
