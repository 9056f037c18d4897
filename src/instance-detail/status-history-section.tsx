import type { Instance } from '../api/instance'
import { Section } from '../components/section'
import { formatDateTime } from '../lib/format'
import { statusLabel } from '../lib/instance-format'
import { useMemory } from '../model/memory-store'
import { describeEntry, lasted } from './describe-history'

/**
 * Every status this browser has seen the instance in, newest first, each with when it was first
 * seen: HPC-AI sends no status times, so this is the dashboard's own record (kept 90 days).
 */
export function StatusHistorySection({ instance, now }: { instance: Instance; now: number }) {
  const memory = useMemory()
  const record = memory.histories.get(instance.id)
  const entries = record?.entries ?? []
  return (
    <Section title="Status history">
      {entries.length === 0 ? (
        <p className="text-sm text-fg-muted">
          {memory.status === 'loading'
            ? 'Reading this device’s data…'
            : 'Not seen yet: statuses are noted at each complete load.'}
        </p>
      ) : (
        <ol className="space-y-1.5 text-sm">
          {entries.map((entry, index) => {
            const until = index === 0 ? now : (entries[index - 1]?.since ?? now)
            return (
              <li key={`${entry.since}:${entry.status}`} title={formatDateTime(entry.since)}>
                <span className="font-medium text-fg">{statusLabel(entry.status)}</span>{' '}
                <span className="text-fg-muted">{describeEntry(entry, now)}</span>
                <span className="block text-xs text-fg-subtle tabular-nums">
                  {lasted(entry, until, index === 0)}
                </span>
              </li>
            )
          })}
        </ol>
      )}
      <p className="mt-2 text-xs text-fg-subtle">
        As this browser saw it (HPC-AI sends no status times); kept on this device for 90 days.
      </p>
    </Section>
  )
}
