import { formatWhen } from '../lib/format-when'
import type { HistoryEntry } from '../model/status-history'

/** "since Tue 14:02 (seen)", or, for a change no page saw, what is known of when it came. */
export function describeEntry(entry: HistoryEntry, now: number): string {
  const when = formatWhen(entry.since, now)
  if (entry.seenStart) return `since ${when} (seen)`
  if (entry.after !== undefined)
    return `since between ${formatWhen(entry.after, now)} and ${when} (changed while the dashboard was closed)`
  return `since ${when} or earlier (first seen then)`
}
