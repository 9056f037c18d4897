import { useMemo } from 'react'
import type { Instance } from '../api/instance'
import { formatBill, formatHourly } from '../lib/instance-format'
import { overBudgetBy } from '../model/budget'
import { monthEstimate, runningSpend } from '../model/cost'
import { setBudget } from '../model/memory-actions'
import { useMemory } from '../model/memory-store'
import { BudgetField } from './budget-field'

/**
 * The user's budgets for the whole fleet (whatever the filters show): per hour against what the
 * running instances cost now, per month against the month-end estimate. Kept on this device.
 */
export function BudgetSection({ fleet, now }: { fleet: readonly Instance[]; now: number }) {
  const memory = useMemory()
  const { budget } = memory
  const hourly = useMemo(() => runningSpend(fleet).hourly, [fleet])
  const monthEnd = useMemo(() => monthEstimate(fleet, now).atMonthEnd, [fleet, now])
  const overHour = overBudgetBy(hourly, budget.hourly)
  const overMonth = overBudgetBy(monthEnd, budget.monthly)
  const editable = memory.status === 'ready' || memory.status === 'unavailable'
  return (
    <section aria-label="Budget" className="rounded-md border border-line px-3 py-2">
      <div key={memory.status} className="flex flex-wrap gap-x-6 gap-y-1">
        <BudgetField
          label="Budget ($/h)"
          value={budget.hourly}
          disabled={!editable}
          onChange={(value) => setBudget({ ...budget, hourly: value })}
        />
        <BudgetField
          label="Month budget ($)"
          value={budget.monthly}
          disabled={!editable}
          onChange={(value) => setBudget({ ...budget, monthly: value })}
        />
      </div>
      <p role="status" className="text-sm">
        {budget.hourly === null
          ? 'No hourly budget set. '
          : overHour !== null
            ? `The running fleet spends ${formatHourly(hourly)}: over budget by ${formatHourly(overHour)}. `
            : `The running fleet spends ${formatHourly(hourly)}, within the ${formatHourly(budget.hourly)} budget. `}
        {budget.monthly !== null &&
          (overMonth !== null
            ? `The month-end estimate, ≈ ${formatBill(monthEnd)}, is over the month budget by ${formatBill(overMonth)}.`
            : `The month-end estimate, ≈ ${formatBill(monthEnd)}, is within the month budget of ${formatBill(budget.monthly)}.`)}
      </p>
      <p className="mt-1 text-xs text-fg-subtle">
        For every instance, whatever the filters show. Kept in this browser for this account; over
        the hourly budget, the Spend figure and the tab title say so
        {memory.problem ? ` (${memory.problem})` : ''}.
      </p>
    </section>
  )
}
