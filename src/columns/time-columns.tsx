import { DASH, formatDateTime, formatRelative } from '../lib/format'
import { describeStatusAge, formatStatusAge, formatStopCountdown } from '../lib/instance-format'
import { defineColumn } from './column-def'

/** ISO 8601 in UTC (`2026-11-28T09:30:00.000Z`), or an empty cell. */
export function isoTime(ms: number | null): string | null {
  if (ms === null) return null
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

export const createdColumn = defineColumn(
  'created',
  {
    label: 'Created',
    sort: { keys: [(i) => i.createdAt] },
    descFirst: true,
    cell: (i, { now }) => (
      <span title={formatDateTime(i.createdAt)}>{formatRelative(i.createdAt, now)}</span>
    ),
    exportFields: [{ header: 'Created (UTC)', value: (i) => isoTime(i.createdAt) }],
  },
  { size: 110 },
)

export const stopsColumn = defineColumn(
  'stops',
  {
    label: 'Stops',
    sort: { keys: [(i) => i.scheduledStopAt] },
    cell: (i, { now }) =>
      i.scheduledStopAt === null ? (
        ''
      ) : (
        <span
          title={`Scheduled to stop at ${formatDateTime(i.scheduledStopAt)}`}
          className="tabular-nums"
        >
          {formatStopCountdown(i.scheduledStopAt, now)}
        </span>
      ),
    exportFields: [{ header: 'Scheduled stop (UTC)', value: (i) => isoTime(i.scheduledStopAt) }],
  },
  { size: 100 },
)

export const sinceColumn = defineColumn(
  'since',
  {
    label: 'In status for',
    sortTitle:
      'Sort by how long each instance has been in its status, as the dashboard has seen it on this device (HPC-AI gives no status times)',
    // Longer in its status = earlier first sighting: the negated time sorts as a duration.
    sort: {
      keys: [
        (i, context) => {
          const seen = context.observations.get(i.id)
          return seen && seen.status === i.status ? -seen.since : null
        },
      ],
      readsContext: true,
    },
    descFirst: true,
    cell: (i, { now, extras: { observation } }) =>
      observation?.status === i.status ? (
        <span
          title={describeStatusAge(observation.since, observation.seenStart)}
          className="tabular-nums"
        >
          {formatStatusAge(now - observation.since, observation.seenStart)}
          {!observation.seenStart && (
            <span className="sr-only"> (since the dashboard first saw it)</span>
          )}
        </span>
      ) : (
        DASH
      ),
    exportFields: [
      {
        header: 'In status since (UTC)',
        value: (_, { observation }) => isoTime(observation?.since ?? null),
      },
      {
        // "no": the status already held when the page first loaded, so the time is a lower bound.
        header: 'Status change seen',
        value: (_, { observation }) =>
          observation ? (observation.seenStart ? 'yes' : 'no') : null,
      },
    ],
  },
  { size: 130 },
)
