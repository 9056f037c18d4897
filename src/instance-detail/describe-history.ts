import { formatWhen } from '../lib/format-when'
import { formatStatusAge, MEANINGFUL_MS } from '../lib/instance-format'
import type { HistoryEntry } from '../model/status-history'

/** "since Tue 14:02 (seen)", or, for a change no page saw, what is known of when it came. */
export function describeEntry(entry: HistoryEntry, now: number): string {
  const when = formatWhen(entry.since, now)
  if (entry.seenStart) return `since ${when} (seen)`
  if (entry.after !== undefined)
    return `since between ${formatWhen(entry.after, now)} and ${when} (changed while the dashboard was closed)`
  return `since ${when} or earlier (first seen then)`
}

/**
 * How long the current status has lasted, or a past one lasted (until the next began): "≥" where
 * its start was not seen, and in words under a minute then ("≥ 0 s" said nothing).
 */
export function lasted(entry: HistoryEntry, until: number, current: boolean): string {
  const ms = until - entry.since
  if (!entry.seenStart && ms < MEANINGFUL_MS)
    return current ? 'first seen under a minute ago' : 'seen for under a minute'
  return `${current ? 'for' : 'lasted'} ${formatStatusAge(ms, entry.seenStart)}`
}
