import { memo, useId } from 'react'
import { plural } from '../../lib/format'
import { formatHourly, formatStatusList } from '../../lib/instance-format'
import { STATUS_GROUP_LABEL, type StatusGroup } from '../../lib/status'
import { overBudgetBy } from '../../model/budget'
import type { Summary } from '../../model/summary'
import type { UpdateView } from '../../model/use-view-state'
import { EMPTY_FILTERS } from '../../model/view-state'
import { AttentionRules } from './attention-rules'

const GROUPS: { group: StatusGroup; tone: string }[] = [
  { group: 'running', tone: 'text-success' },
  { group: 'transitional', tone: 'text-info' },
  { group: 'stopped', tone: 'text-fg-muted' },
  { group: 'failed', tone: 'text-danger' },
  { group: 'unknown', tone: 'text-fg-muted' },
]

/** Between groups of figures, on screens wider than a phone. */
function Divider() {
  return (
    <span
      className="mx-1 my-1.5 h-6 w-px self-start bg-line max-[90rem]:mx-0.5 max-md:hidden"
      aria-hidden="true"
    />
  )
}

/** While loading, each figure holds the width of a typical value ("44", "$205.28/h"). */
const TYPICAL_COUNT = '00'

function Figure({
  value,
  typical = TYPICAL_COUNT,
  label,
  detail,
  tone,
  onClick,
  describedBy,
  alert,
}: {
  /** Undefined while the first load is on its way: a placeholder as wide as `typical`. */
  value: number | string | undefined
  typical?: string
  label: string
  /** What the figure counts, visibly: the statuses it groups, or the instances it covers. */
  detail: string
  tone: string
  /** Applies the filter that shows exactly what the figure counts; none when it counts nothing. */
  onClick: (() => void) | undefined
  /** The note that says the figures are partial, while pages are still loading. */
  describedBy: string | undefined
  /** Shown at every width, in the danger tone: "Over budget by $5.28/h". */
  alert?: string
}) {
  const text = value?.toLocaleString()
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={!onClick}
      aria-label={
        text === undefined
          ? `${label}: not loaded yet`
          : `${text} ${label}: ${alert ? `${alert}, ` : ''}${detail}`
      }
      aria-describedby={describedBy}
      className="flex max-w-44 flex-col items-start rounded-md px-2 py-1.5 text-left enabled:hover:bg-surface-hover disabled:cursor-default max-[90rem]:px-1 max-md:p-1"
      title={onClick ? `Show these instances: ${label}, ${detail}` : undefined}
    >
      <span className="flex items-baseline gap-1.5 max-[90rem]:gap-1">
        <span className={`text-lg font-semibold tabular-nums max-[90rem]:text-base ${tone}`}>
          {text ?? (
            <span className="animate-pulse rounded bg-skeleton text-transparent">{typical}</span>
          )}
        </span>
        <span className="text-sm text-fg">{label}</span>
      </span>
      {alert && text !== undefined && (
        <span className="text-xs font-medium text-danger">{alert}</span>
      )}
      {/* Wide screens only (the name has it everywhere); three lines kept, so the strip never jumps.
          Left out where it would only repeat the label ("Running": Running). */}
      <span className="min-h-[3lh] text-xs text-balance text-fg-muted max-[90rem]:hidden">
        {text !== undefined && detail !== label && detail}
      </span>
    </button>
  )
}

/**
 * The account at a glance. Each figure says what it counts and, clicked, applies the filter that
 * shows exactly those instances, so the count line then reads the same number. Memoised: its
 * props change once per load, not with a sort, a filter or an opened instance.
 */
export const SummaryStrip = memo(function SummaryStrip({
  summary,
  update,
  partial,
  loading = false,
  hourlyBudget = null,
}: {
  summary: Summary
  update: UpdateView
  /** Set while pages are still loading: the figures cover only what has arrived. */
  partial?: string
  /** Before the first page: the strip in its place and size, its figures not yet known. */
  loading?: boolean
  /** The user's Budget ($/h) for the running fleet (Cost view), if set. */
  hourlyBudget?: number | null
}) {
  const over = overBudgetBy(summary.runningHourlySpend, hourlyBudget)
  const known = <T,>(value: T) => (loading ? undefined : value)
  const noteId = useId()
  const describedBy = partial ? noteId : undefined
  const show = (patch: Partial<typeof EMPTY_FILTERS>, count: number) =>
    count > 0 ? () => update({ ...EMPTY_FILTERS, ...patch }) : undefined
  const running = show({ status: summary.statusesByGroup.running }, summary.runningCount)
  const runningOn = `on ${plural(summary.runningCount, 'running instance')}`
  return (
    <>
      <section
        aria-label="Summary"
        className="flex flex-wrap items-start gap-0.5 border-b border-line px-2 py-1 max-md:gap-0"
      >
        {GROUPS.filter(({ group }) => group !== 'unknown' || summary.byGroup.unknown > 0).map(
          ({ group, tone }) => (
            <Figure
              key={group}
              describedBy={describedBy}
              value={known(summary.byGroup[group])}
              label={STATUS_GROUP_LABEL[group]}
              detail={formatStatusList(summary.statusesByGroup[group])}
              tone={summary.byGroup[group] ? tone : 'text-fg'}
              onClick={show({ status: summary.statusesByGroup[group] }, summary.byGroup[group])}
            />
          ),
        )}
        <Divider />
        <span className="flex items-start">
          <Figure
            value={known(summary.needsAttention)}
            label="Needs attention"
            describedBy={describedBy}
            detail="flagged by the rules under ?"
            tone={summary.needsAttention ? 'text-warning' : 'text-fg'}
            onClick={show({ attention: ['yes'] }, summary.needsAttention)}
          />
          <AttentionRules />
        </span>
        <Figure
          value={known(summary.unhealthy)}
          label="Unhealthy"
          describedBy={describedBy}
          detail="HPC-AI’s health check, any status"
          tone={summary.unhealthy ? 'text-danger' : 'text-fg'}
          onClick={show({ health: ['unhealthy'] }, summary.unhealthy)}
        />
        <Divider />
        <Figure
          value={known(summary.runningGpus)}
          typical="000"
          label="GPUs running"
          describedBy={describedBy}
          detail={runningOn}
          tone="text-fg"
          onClick={running}
        />
        <Figure
          value={known(formatHourly(summary.runningHourlySpend))}
          typical="$000.00/h"
          label="Spend"
          describedBy={describedBy}
          detail={
            hourlyBudget === null ? runningOn : `${runningOn}, budget ${formatHourly(hourlyBudget)}`
          }
          alert={over === null ? undefined : `Over budget by ${formatHourly(over)}`}
          tone={over === null ? 'text-fg' : 'text-danger'}
          onClick={running}
        />
        {/* Seen in the count line ("1,240 of 10,000 loaded"); a line of its own here would wrap
          the strip onto a second row while pages load, and back when they are in. */}
        {partial && (
          <p id={noteId} className="sr-only">
            Figures so far: {partial}
          </p>
        )}
      </section>
      {/* Outside the strip: a message inside a region that changes as it is spoken may be lost. */}
      {loading && (
        <p role="status" className="sr-only">
          Loading instances…
        </p>
      )}
    </>
  )
})
