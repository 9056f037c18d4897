import { memo } from 'react'
import { plural } from '../../lib/format'
import { formatHourly, formatStatusList } from '../../lib/instance-format'
import { STATUS_GROUP_LABEL, type StatusGroup } from '../../lib/status'
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

function Figure({
  value,
  label,
  detail,
  tone,
  onClick,
}: {
  value: number | string
  label: string
  /** What the figure counts, visibly: the statuses it groups, or the instances it covers. */
  detail: string
  tone: string
  /** Applies the filter that shows exactly what the figure counts; none when it counts nothing. */
  onClick: (() => void) | undefined
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={!onClick}
      aria-label={`${value.toLocaleString()} ${label}: ${detail}`}
      className="flex max-w-44 flex-col items-start rounded-md px-2 py-1.5 text-left enabled:hover:bg-surface-hover disabled:cursor-default max-md:p-1"
      title={onClick ? `Show these instances: ${label}` : undefined}
    >
      <span className="flex items-baseline gap-1.5">
        <span className={`text-lg font-semibold tabular-nums max-md:text-base ${tone}`}>
          {value.toLocaleString()}
        </span>
        <span className="text-sm text-fg">{label}</span>
      </span>
      {/* On a phone the detail is only in the name: the figures fit in a few short lines. */}
      <span className="text-xs text-balance text-fg-muted max-md:hidden">{detail}</span>
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
}: {
  summary: Summary
  update: UpdateView
  /** Set while pages are still loading: the figures cover only what has arrived. */
  partial?: string
}) {
  const show = (patch: Partial<typeof EMPTY_FILTERS>, count: number) =>
    count > 0 ? () => update({ ...EMPTY_FILTERS, ...patch }) : undefined
  const running = show({ status: summary.statusesByGroup.running }, summary.runningCount)
  const runningOn = `on ${plural(summary.runningCount, 'running instance')}`
  return (
    <section
      aria-label="Summary"
      className="flex flex-wrap items-center gap-0.5 border-b border-line px-2 py-1 max-md:gap-0"
    >
      {GROUPS.filter(({ group }) => group !== 'unknown' || summary.byGroup.unknown > 0).map(
        ({ group, tone }) => (
          <Figure
            key={group}
            value={summary.byGroup[group]}
            label={STATUS_GROUP_LABEL[group]}
            detail={formatStatusList(summary.statusesByGroup[group])}
            tone={summary.byGroup[group] ? tone : 'text-fg'}
            onClick={show({ status: summary.statusesByGroup[group] }, summary.byGroup[group])}
          />
        ),
      )}
      <span className="mx-1 h-8 w-px bg-line max-md:hidden" aria-hidden="true" />
      <span className="flex items-center">
        <Figure
          value={summary.needsAttention}
          label="Needs attention"
          detail="flagged by the rules under ?"
          tone={summary.needsAttention ? 'text-warning' : 'text-fg'}
          onClick={show({ attention: ['yes'] }, summary.needsAttention)}
        />
        <AttentionRules />
      </span>
      <Figure
        value={summary.unhealthy}
        label="Unhealthy"
        detail="HPC-AI’s health check, any status"
        tone={summary.unhealthy ? 'text-danger' : 'text-fg'}
        onClick={show({ health: ['unhealthy'] }, summary.unhealthy)}
      />
      <span className="mx-1 h-8 w-px bg-line max-md:hidden" aria-hidden="true" />
      <Figure
        value={summary.runningGpus}
        label="GPUs running"
        detail={runningOn}
        tone="text-fg"
        onClick={running}
      />
      <Figure
        value={formatHourly(summary.runningHourlySpend)}
        label="Spend"
        detail={runningOn}
        tone="text-fg"
        onClick={running}
      />
      {partial && <p className="px-3 text-xs text-fg-muted">Figures so far: {partial}</p>}
    </section>
  )
})
