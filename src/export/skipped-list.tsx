import { useId } from 'react'
import { plural } from '../lib/format'
import type { SkippedInstance } from './ssh-config-for-view'

// Enough to recognise a group; a view of thousands would otherwise list thousands of names.
const SHOWN_PER_REASON = 30

/** The instances left out of the SSH config, grouped by the reason, each group in view order. */
export function SkippedList({ skipped }: { skipped: readonly SkippedInstance[] }) {
  const headingId = useId()
  if (skipped.length === 0) return null
  const byReason = new Map<string, SkippedInstance[]>()
  for (const entry of skipped) {
    const group = byReason.get(entry.reason)
    if (group) group.push(entry)
    else byReason.set(entry.reason, [entry])
  }
  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h3 id={headingId} className="mb-1 font-semibold text-fg">
        Skipped: {plural(skipped.length, 'instance')}
      </h3>
      <ul className="space-y-2">
        {[...byReason].map(([reason, entries]) => (
          <li key={reason}>
            <p className="text-fg-muted">{reason}</p>
            <ul className="flex flex-wrap gap-x-3 gap-y-0.5">
              {entries.slice(0, SHOWN_PER_REASON).map((entry) => (
                <li key={entry.id} className="max-w-full truncate text-fg" title={entry.name}>
                  {entry.name}
                </li>
              ))}
              {entries.length > SHOWN_PER_REASON && (
                <li className="text-fg-muted">and {entries.length - SHOWN_PER_REASON} more</li>
              )}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
