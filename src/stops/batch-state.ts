import type { BatchResult, StopOutcome } from './stop-batch'
import type { SkippedStop, StopTarget } from './stop-plan'
import { isSending, stopsStore } from './stops-store'

/**
 * Starts a batch; answers the targets to send, never one whose stop is already pending (so that no
 * click, however quick, sends a stop twice); null while another batch is being sent.
 */
export function beginBatch(
  targets: readonly StopTarget[],
  skipped: readonly SkippedStop[],
  at: number,
): StopTarget[] | null {
  const state = stopsStore.get()
  if (isSending(state)) return null
  const send = targets.filter((target) => !state.pending.has(target.id))
  const pending = new Map(state.pending)
  for (const { id, name } of send) pending.set(id, { name, requestedAt: at, acceptedAt: null })
  stopsStore.set({
    ...state,
    pending,
    batch: { targets: send, skipped, answered: 0, result: null },
  })
  return send
}

export function recordOutcome(outcome: StopOutcome, at: number): void {
  stopsStore.set((state) => {
    const { id, name } = outcome.target
    const pending = new Map(state.pending)
    let watched = state.watched
    if (outcome.result === 'stopped') {
      pending.set(id, { name, requestedAt: pending.get(id)?.requestedAt ?? at, acceptedAt: at })
      watched = new Map(watched).set(id, { name, acceptedAt: at })
    } else pending.delete(id)
    const batch = state.batch && { ...state.batch, answered: state.batch.answered + 1 }
    return { ...state, pending, watched, batch }
  })
}

/** Ends the batch with its result; the confirmation (if still open) closes with it. */
export function finishBatch(result: BatchResult): void {
  stopsStore.set((state) => {
    const pending = new Map(state.pending)
    for (const target of result.notSent) pending.delete(target.id)
    const batch = state.batch && { ...state.batch, result }
    return { ...state, pending, batch, confirm: null }
  })
}

export function dismissBatch(): void {
  stopsStore.set((state) => (isSending(state) ? state : { ...state, batch: null }))
}
