import { isAuthError } from '../api/errors'
import type { StopTarget } from './stop-plan'

/** At most this many stops are in flight at once. */
export const STOP_CONCURRENCY = 6

export type StopOutcome =
  | { target: StopTarget; result: 'stopped' }
  | { target: StopTarget; result: 'failed'; message: string }
  /** Sent, and refused because HPC-AI no longer accepts the token. */
  | { target: StopTarget; result: 'refused'; message: string }

export interface BatchResult {
  /** HPC-AI accepted the stop. */
  stopped: StopTarget[]
  failed: { target: StopTarget; message: string }[]
  /** Sent, but refused with the token (expired or revoked). */
  refused: StopTarget[]
  /** Never sent: the batch stopped when the token was refused. */
  notSent: StopTarget[]
  /** The server's words when it refused the token; null when it never did. */
  authMessage: string | null
}

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : 'The stop failed for an unknown reason.'

/**
 * Sends one stop per target, at most `concurrency` at a time, each exactly once (nothing is
 * retried). When the token is refused no further stop is sent; those in flight are awaited.
 * Results keep the targets' order.
 */
export async function runStopBatch(
  targets: readonly StopTarget[],
  stop: (id: string) => Promise<unknown>,
  {
    concurrency = STOP_CONCURRENCY,
    onOutcome,
  }: { concurrency?: number; onOutcome?: (outcome: StopOutcome) => void } = {},
): Promise<BatchResult> {
  const outcomes: (StopOutcome | undefined)[] = []
  let next = 0
  let authMessage: string | null = null

  const settle = (index: number, outcome: StopOutcome) => {
    outcomes[index] = outcome
    onOutcome?.(outcome)
  }
  const worker = async () => {
    while (authMessage === null && next < targets.length) {
      const index = next++
      const target = targets[index]
      if (!target) break
      try {
        await stop(target.id)
        settle(index, { target, result: 'stopped' })
      } catch (error) {
        if (isAuthError(error)) {
          authMessage ??= error.message
          settle(index, { target, result: 'refused', message: error.message })
        } else settle(index, { target, result: 'failed', message: messageOf(error) })
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker))

  const result: BatchResult = { stopped: [], failed: [], refused: [], notSent: [], authMessage }
  targets.forEach((target, index) => {
    const outcome = outcomes[index]
    if (!outcome) result.notSent.push(target)
    else if (outcome.result === 'stopped') result.stopped.push(target)
    else if (outcome.result === 'refused') result.refused.push(target)
    else result.failed.push({ target, message: outcome.message })
  })
  return result
}
