import type { ReactNode } from 'react'
import { formatMoney } from '../lib/format'
import { STATUS_GROUP_LABEL, type StatusGroup } from '../lib/status'
import type { Summary } from './summary'
import type { UpdateView } from './use-view-state'
import { EMPTY_FILTERS } from './view-state'

const GROUPS: { group: StatusGroup; tone: string }[] = [
  { group: 'running', tone: 'text-emerald-700' },
  { group: 'transitional', tone: 'text-sky-700' },
  { group: 'stopped', tone: 'text-slate-700' },
  { group: 'failed', tone: 'text-red-700' },
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
      className="flex flex-col items-start rounded-md px-3 py-1.5 text-left hover:bg-slate-100"
      title={`Show: ${label}`}
    >
      <span className={`text-lg font-semibold tabular-nums ${tone}`}>{value}</span>
      <span className="text-xs text-slate-600">{label}</span>
    </button>
  )
}

/** The account at a glance; each figure applies the filter that shows its instances. */
export function SummaryStrip({ summary, update }: { summary: Summary; update: UpdateView }) {
  const running = () => update({ ...EMPTY_FILTERS, status: summary.statusesByGroup.running })
  return (
    <section
      aria-label="Summary"
      className="flex flex-wrap items-center gap-1 border-b border-slate-200 px-2 py-1"
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
      <span className="mx-2 h-8 w-px bg-slate-200" aria-hidden="true" />
      <Figure
        value={summary.runningGpus}
        label="GPUs running"
        tone="text-slate-900"
        onClick={running}
      />
      <Figure
        value={`${formatMoney(summary.runningHourlySpend)}/h`}
        label="Spend of running"
        tone="text-slate-900"
        onClick={running}
      />
      <Figure
        value={summary.unhealthy}
        label="Unhealthy"
        tone={summary.unhealthy ? 'text-red-700' : 'text-slate-900'}
        onClick={() => update({ ...EMPTY_FILTERS, health: ['unhealthy'] })}
      />
    </section>
  )
}
