import type { Tone } from '../components/tone'
import type { NewActivity } from './activity-log'
import type { StopOutcome } from './stop-batch'
import type { SkippedStop, StopTarget } from './stop-plan'

/** How each outcome of a batch reads in the Activity panel. */
const entry = (target: StopTarget, at: number, result: string, tone: Tone): NewActivity => ({
  at,
  instanceId: target.id,
  name: target.name,
  result,
  tone,
})

export function outcomeActivity(outcome: StopOutcome, at: number): NewActivity {
  if (outcome.result === 'stopped')
    return entry(outcome.target, at, 'Stop accepted by HPC-AI', 'success')
  if (outcome.result === 'refused')
    return entry(outcome.target, at, `Stop refused, token expired: ${outcome.message}`, 'danger')
  return entry(outcome.target, at, `Stop failed: ${outcome.message}`, 'danger')
}

export function skippedActivity(skip: SkippedStop, at: number): NewActivity {
  return entry(skip, at, `Skipped, not sent: ${skip.reason}`, 'neutral')
}

export function notSentActivity(target: StopTarget, at: number): NewActivity {
  return entry(target, at, 'Not sent: the token expired before its turn', 'warning')
}
