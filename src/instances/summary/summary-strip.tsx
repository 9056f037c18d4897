import type { ReactNode } from 'react'
import { formatHourly } from '../../lib/instance-format'
import { STATUS_GROUP_LABEL, type StatusGroup } from '../../lib/status'
import type { Summary } from '../../model/summary'
import type { UpdateView } from '../../model/use-view-state'
import { EMPTY_FILTERS } from '../../model/view-state'

const GROUPS: { group: StatusGroup; tone: string }[] = [
  { group: 'running', tone: 'text-success' },
  { group: 'transitional', tone: 'text-info' },
  { group: 'stopped', tone: 'text-fg-muted' },
  { group: 'failed', tone: 'text-danger' },
]

function Figure({
  value,
  label,
  tone,
  onClick,
}: {
  value: ReactNode
  label: string
  tone: string
  onClick: () => void
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="flex flex-col items-start rounded-md px-3 py-1.5 text-left hover:bg-surface-hover"
      title={`Show: ${label}`}
    >
      <span className={`text-lg font-semibold tabular-nums ${tone}`}>{value}</span>
      <span className="text-xs text-fg-muted">{label}</span>
    </button>
  )
}

/** The account at a glance; each figure applies the filter that shows its instances. */
export function SummaryStrip({ summary, update }: { summary: Summary; update: UpdateView }) {
  const running = () => update({ ...EMPTY_FILTERS, status: summary.statusesByGroup.running })
  return (
    <section
      aria-label="Summary"
      className="flex flex-wrap items-center gap-1 border-b border-line px-2 py-1"
    >
      {GROUPS.map(({ group, tone }) => (
        <Figure
          key={group}
          value={summary.byGroup[group]}
          label={STATUS_GROUP_LABEL[group]}
          tone={tone}
          onClick={() => update({ ...EMPTY_FILTERS, status: summary.statusesByGroup[group] })}
        />
      ))}
      <span className="mx-2 h-8 w-px bg-line" aria-hidden="true" />
      <Figure value={summary.runningGpus} label="GPUs running" tone="text-fg" onClick={running} />
      <Figure
        value={formatHourly(summary.runningHourlySpend)}
        label="Spend of running"
        tone="text-fg"
        onClick={running}
      />
      <Figure
        value={summary.unhealthy}
        label="Unhealthy"
        tone={summary.unhealthy ? 'text-danger' : 'text-fg'}
        onClick={() => update({ ...EMPTY_FILTERS, health: ['unhealthy'] })}
      />
    </section>
  )
}
