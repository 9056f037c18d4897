import { plural } from '../lib/format'
import { chargeModeLabel, formatHourly } from '../lib/instance-format'
import type { StopPlan } from './stop-plan'

/**
 * What is known of the money a stop saves, and what is not: HPC-AI documents no billing effect of
 * a stop, so the dialog says so rather than promise one.
 */
export function BillingNote({ plan }: { plan: StopPlan }) {
  const periodic = plan.periodic.reduce((sum, { count }) => sum + count, 0)
  return (
    <div className="mt-3 flex flex-col gap-1.5">
      <p>
        Listed price of what you stop:{' '}
        <strong className="text-fg tabular-nums">{formatHourly(plan.hourly)}</strong>
        {plan.unpriced > 0 && <> (and {plural(plan.unpriced, 'instance')} without a known price)</>}
        .
      </p>
      <p className="text-fg-muted">
        What keeps billing after a stop is not documented by HPC-AI: whether disks are still charged
        while an instance is stopped is not known.
      </p>
      {periodic > 0 && (
        <p className="text-fg-muted">
          {periodic === 1 ? '1 is' : `${periodic.toLocaleString()} are`} billed by the period (
          {plan.periodic
            .map(({ mode, count }) => `${count.toLocaleString()} ${chargeModeLabel(mode)}`)
            .join(', ')}
          ), paid as a whole: whether a stop ends, refunds or keeps that charge is not documented.
        </p>
      )}
    </div>
  )
}
