import { FlagChips } from '../components/flag-chips'
import { LabelChips, PinMark } from '../components/label-chips'
import { healthMark, statusBadge } from '../components/status-marks'
import { liveHealthLabel, statusLabel } from '../lib/instance-format'
import { liveHealth, STATUS_GROUP_RANK } from '../lib/status'
import { shownStatus } from '../model/stop-state'
import { labelsCell, noteCell, pinnedCell } from '../model/memory-export'
import { defineColumn } from './column-def'

export const nameColumn = defineColumn(
  'name',
  {
    label: 'Name',
    sort: { keys: [(i) => i.sortName] },
    // A pin before the name; the labels and the id on a second line (the labels after the name
    // and the id in the title when compact).
    cell: (i, { compact, extras: { annotation } }) => {
      const labelList = annotation?.labels ?? []
      // Most rows have neither pin nor labels: a block per line then, no wrappers.
      if (!annotation?.pinned && labelList.length === 0)
        return compact ? (
          <span className="block truncate font-medium text-fg" title={i.id}>
            {i.name}
          </span>
        ) : (
          <>
            <span className="block truncate font-medium text-fg" title={i.name}>
              {i.name}
            </span>
            <span className="block truncate font-mono text-xs text-fg-subtle" title={i.id}>
              {i.id}
            </span>
          </>
        )
      const labels = <LabelChips labels={labelList} />
      return (
        <>
          <span className="flex min-w-0 items-center gap-1.5">
            {annotation?.pinned && <PinMark />}
            <span className="truncate font-medium text-fg" title={compact ? i.id : i.name}>
              {i.name}
            </span>
            {compact && labels}
          </span>
          {!compact && (
            <span className="flex min-w-0 items-center gap-1.5">
              {labels}
              <span className="truncate font-mono text-xs text-fg-subtle" title={i.id}>
                {i.id}
              </span>
            </span>
          )}
        </>
      )
    },
    // Names repeat: the id comes along, and what the user wrote about the instance.
    exportFields: [
      { header: 'Name', value: (i) => i.name },
      { header: 'Instance ID', value: (i) => i.id },
      { header: 'Labels', value: (_, extras) => labelsCell(extras) || null },
      { header: 'Note', value: (_, extras) => noteCell(extras) || null },
      { header: 'Pinned', value: (_, extras) => pinnedCell(extras) || null },
    ],
    card: 'title',
  },
  { size: 210, minSize: 120 },
)

export const statusColumn = defineColumn(
  'status',
  {
    label: 'Status',
    sort: { keys: [(i) => STATUS_GROUP_RANK[i.statusGroup], (i) => i.status] },
    // The status (or "Stop requested" while a stop is on its way), health and flags; under them
    // the first flag's short reason, or why a stopped row is still in view (comfortable rows).
    cell: (i, { compact, extras: { flags, stop } }) => {
      const shown = shownStatus(i, stop)
      const [flag] = flags ?? []
      return (
        <>
          <span className="flex items-center gap-1.5" title={shown.description ?? undefined}>
            {statusBadge(shown.label, shown.group)}
            {healthMark(i, Boolean(flags?.length))}
            {flags && <FlagChips flags={flags} />}
            {stop?.kept && compact && <span className="text-xs text-fg-muted">kept</span>}
          </span>
          {shown.description && <span className="sr-only">{shown.description}</span>}
          {!compact && stop?.kept ? (
            <span aria-hidden="true" className="block truncate text-xs text-fg-muted">
              Kept in view until the stop outcome is dismissed
            </span>
          ) : (
            !compact &&
            flag && (
              <span aria-hidden="true" className="block truncate text-xs text-warning">
                {flag.short}
              </span>
            )
          )}
        </>
      )
    },
    exportFields: [
      { header: 'Status', value: (i) => statusLabel(i.status) },
      {
        header: 'Health',
        value: (i) =>
          liveHealthLabel(
            liveHealth(i.healthy, i.statusGroup, i.diagnosisReason, i.diagnosisMessage),
            i.status,
            i.diagnosisReason,
          ),
      },
      {
        header: 'Needs attention',
        value: (_, { flags }) =>
          flags?.length ? flags.map((flag) => flag.label).join('; ') : null,
      },
    ],
    card: 'status',
  },
  { size: 250, minSize: 140 },
)
