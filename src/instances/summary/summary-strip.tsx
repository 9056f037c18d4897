import { memo, useId } from 'react'
import { formatNumber, plural } from '../../lib/format'
import { formatHourly, formatStatusList } from '../../lib/instance-format'
import { STATUS_GROUP_LABEL, type StatusGroup } from '../../lib/status'
import { overBudgetBy } from '../../model/budget'
import type { Summary } from '../../model/summary'
import type { UpdateView } from '../../model/use-view-state'
import { EMPTY_FILTERS } from '../../model/view-state'
import { AttentionRules } from './attention-rules'
import { SummaryFigure } from './summary-figure'

const GROUPS: { group: StatusGroup; tone: string }[] = [
  { group: 'running', tone: 'text-success' },
  { group: 'transitional', tone: 'text-info' },
  { group: 'stopped', tone: 'text-fg-muted' },
  { group: 'failed', tone: 'text-danger' },
  { group: 'unknown', tone: 'text-fg-muted' },
]

/**
 * The strip's grid: every figure in a track whose width depends on the screen only, never on the
 * figures, so the strip keeps one size from the first frame of a load to the last. Phones: three
 * columns (Spend takes two); from 640 px five, Needs attention starting the second row; from
 * 1280 px one row, the fifth track kept for Other (empty when no status is unknown) and a wider
 * one for Spend. Sized for 5-digit counts and 6-digit spend ("$123,456.78/h so far").
 */
const GRID =
  'grid grid-cols-3 gap-x-1 sm:grid-cols-5 desktop:grid-cols-[repeat(8,minmax(0,1fr))_minmax(0,1.4fr)]'

/**
 * The account at a glance. Each figure says what it counts and, clicked, applies the filter that
 * shows exactly those instances, so the count line then reads the same number. While pages
 * arrive every figure says "so far". Memoised: its props change once per load, not with a sort,
 * a filter or an opened instance.
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
  /** Set while pages are still loading ("1,240 of 10,000 loaded"): the figures cover what has arrived. */
  partial?: string
  /** Before the first page: the strip in its place and size, its figures not yet known. */
  loading?: boolean
  /** The user's Budget ($/h) for the running fleet (Cost view), if set. */
  hourlyBudget?: number | null
}) {
  // Judged on a complete list only: a partial spend says nothing of the budget yet.
  const over = partial ? null : overBudgetBy(summary.runningHourlySpend, hourlyBudget)
  const known = (value: string) => (loading ? undefined : value)
  const noteId = useId()
  const common = { partial: Boolean(partial), describedBy: partial ? noteId : undefined }
  const show = (patch: Partial<typeof EMPTY_FILTERS>, count: number) =>
    count > 0 ? () => update({ ...EMPTY_FILTERS, ...patch }) : undefined
  const running = show({ status: summary.statusesByGroup.running }, summary.runningCount)
  const runningOn = `on ${plural(summary.runningCount, 'running instance')}`
  return (
    <>
      <section aria-label="Summary" className={`${GRID} border-b border-line px-2 py-1`}>
        {GROUPS.filter(({ group }) => group !== 'unknown' || summary.byGroup.unknown > 0).map(
          ({ group, tone }) => (
            <SummaryFigure
              key={group}
              {...common}
              value={known(formatNumber(summary.byGroup[group]))}
              label={STATUS_GROUP_LABEL[group]}
              detail={formatStatusList(summary.statusesByGroup[group])}
              tone={summary.byGroup[group] ? tone : 'text-fg'}
              onClick={show({ status: summary.statusesByGroup[group] }, summary.byGroup[group])}
            />
          ),
        )}
        <SummaryFigure
          {...common}
          className="sm:col-start-1 desktop:col-start-6"
          value={known(formatNumber(summary.needsAttention))}
          label="Needs attention"
          detail="each with why and what to do"
          tone={summary.needsAttention ? 'text-warning' : 'text-fg'}
          onClick={show({ attention: ['yes'] }, summary.needsAttention)}
        >
          <AttentionRules />
        </SummaryFigure>
        <SummaryFigure
          {...common}
          value={known(formatNumber(summary.unhealthy))}
          label="Unhealthy"
          detail="by HPC-AI’s check or diagnosis"
          tone={summary.unhealthy ? 'text-danger' : 'text-fg'}
          onClick={show({ health: ['unhealthy'] }, summary.unhealthy)}
        />
        <SummaryFigure
          {...common}
          value={known(formatNumber(summary.runningGpus))}
          label="GPUs running"
          detail={runningOn}
          tone="text-fg"
          onClick={running}
        />
        <SummaryFigure
          {...common}
          className="col-span-2 sm:col-span-2 desktop:col-span-1"
          value={known(formatHourly(summary.runningHourlySpend))}
          label="Spend"
          detail={
            hourlyBudget === null ? runningOn : `${runningOn}, budget ${formatHourly(hourlyBudget)}`
          }
          alert={over === null ? undefined : `Over budget by ${formatHourly(over)}`}
          tone={over === null ? 'text-fg' : 'text-danger'}
          onClick={running}
        />
        {/* The count line says the same ("1,240 of 10,000 loaded"); here it describes each figure. */}
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
