import { formatDateTime, plural } from '../lib/format'
import { formatBill, formatHourly } from '../lib/instance-format'
import type { MonthEstimate, RunningSpend } from '../model/cost'

function Figure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="rounded-md border border-line px-3 py-2">
      <dt className="text-xs text-fg-muted">{label}</dt>
      <dd className="text-lg font-semibold text-fg tabular-nums">{value}</dd>
      <dd className="text-xs text-fg-subtle">{detail}</dd>
    </div>
  )
}

/** Spend per hour now, month to date and month end: the last two labelled as the estimates they are. */
export function CostFigures({ spend, month }: { spend: RunningSpend; month: MonthEstimate }) {
  return (
    <section aria-label="Cost figures">
      <dl className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        <Figure
          label="Running now"
          value={formatHourly(spend.hourly)}
          detail={`${plural(spend.count, 'running instance')}${spend.unpriced ? `, ${spend.unpriced} without a known price` : ''}`}
        />
        <Figure
          label="Month to date (estimate)"
          value={`≈ ${formatBill(month.toDate)}`}
          detail={`since ${formatDateTime(month.monthStart)}`}
        />
        <Figure
          label="Month-end estimate"
          value={`≈ ${formatBill(month.atMonthEnd)}`}
          detail={`at ${formatHourly(month.burn)} until ${formatDateTime(month.monthEnd)}`}
        />
      </dl>
      <p className="mt-2 text-xs text-fg-muted">
        Estimates, not a bill. Each instance is counted at its hourly figure (a day, week or month
        price spread over its hours) from its creation, or the 1st of the month, until now while
        Running, or until its stop time when stopped; instances in other statuses are not counted,
        as HPC-AI does not say when they ran. The month-end estimate assumes everything running now
        keeps running, and nothing else starts, until the month ends.
      </p>
    </section>
  )
}
