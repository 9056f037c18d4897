import { plural } from '../lib/format'
import { STOP_REQUESTED } from '../model/stop-state'
import type { BatchResult } from './stop-batch'
import type { StopTarget } from './stop-plan'

/** "a, b and c", or the first `max` names and "and N more". */
export function listNames(targets: readonly StopTarget[], max = 10): string {
  const names = targets.slice(0, max).map((target) => target.name || target.id)
  const more = targets.length - names.length
  if (more > 0) return `${names.join(', ')} and ${more.toLocaleString()} more`
  if (names.length < 2) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
}

/** The stop button's words: "Stop 1 instance", "Stop 3 instances". */
export const stopLabel = (count: number) => `Stop ${plural(count, 'instance')}`

/** "2 stops requested", "1 stopping", "3 stopped", "1 no longer listed". */
function countPhrase(label: string | null, count: number): string {
  if (label === null) return `${count.toLocaleString()} no longer listed`
  if (label === STOP_REQUESTED) return plural(count, 'stop requested', 'stops requested')
  return `${count.toLocaleString()} ${label.toLowerCase()}`
}

/**
 * The one-line outcome announced when a batch ends, saying of each accepted stop what its row
 * and the drawer say (`shownAs`: "Stop requested" until a list shows the real status, then that
 * status; null once it is no longer listed): "2 stops requested, 1 failed", later "2 stopped".
 */
export function batchHeadline(
  result: BatchResult,
  shownAs: (id: string) => string | null = () => STOP_REQUESTED,
): string {
  const counts = new Map<string | null, number>()
  for (const target of result.stopped) {
    const label = shownAs(target.id)
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  const parts = [...counts].map(([label, count]) => countPhrase(label, count))
  const failed = result.failed.length + result.refused.length
  if (failed > 0) parts.push(`${failed.toLocaleString()} failed`)
  if (result.notSent.length > 0) parts.push(`${result.notSent.length.toLocaleString()} not sent`)
  return parts.length > 0 ? parts.join(', ') : '0 stops requested'
}

/**
 * What the token screen says after HPC-AI refused the token mid-batch: the server's words, then
 * which stops were accepted, which were sent and refused, and which were never sent.
 */
export function expiryNotice(result: BatchResult): string {
  const parts = [
    `HPC-AI refused the token while stopping instances: ${(result.authMessage ?? 'the session ended').replace(/[.!\s]+$/, '')}.`,
  ]
  if (result.stopped.length > 0) parts.push(`Stop accepted for ${listNames(result.stopped)}.`)
  if (result.failed.length > 0)
    parts.push(`Failed: ${listNames(result.failed.map((failure) => failure.target))}.`)
  if (result.refused.length > 0)
    parts.push(`Sent but refused with the token: ${listNames(result.refused)}.`)
  if (result.notSent.length > 0) parts.push(`Not sent: ${listNames(result.notSent)}.`)
  if (result.refused.length + result.notSent.length > 0)
    parts.push('Sign in again to stop the rest: they stay selected.')
  return parts.join(' ')
}
