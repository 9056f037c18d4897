import { useMemo } from 'react'
import { Drawer } from '../components/drawer'
import { plural } from '../lib/format'
import { useNow } from '../lib/use-now'
import { monthEstimate, mostExpensiveRunning, runningSpend } from '../model/cost'
import { BarChart } from './bar-chart'
import { BudgetSection } from './budget-section'
import { CostFigures } from './cost-figures'
import type { CostProps } from './cost-props'
import { TopInstances } from './top-instances'

interface Props extends CostProps {
  onClose: () => void
}

/** What the instances shown cost: per hour now, split three ways, this month, and the priciest. */
export function CostView({
  instances,
  fleet,
  total,
  filters,
  instanceHref,
  onOpenInstance,
  onClose,
}: Props) {
  const now = useNow(60_000)
  const spend = useMemo(() => runningSpend(instances), [instances])
  const top = useMemo(() => mostExpensiveRunning(instances, 10), [instances])
  const month = useMemo(() => monthEstimate(instances, now), [instances, now])
  return (
    <Drawer
      title="Cost"
      subtitle={
        <p className="text-sm text-fg-muted">
          {filters.length
            ? `For the ${plural(instances.length, 'instance')} of ${total.toLocaleString()} that the filters show (${filters.join('; ')}).`
            : `For all ${plural(instances.length, 'instance')}.`}
        </p>
      }
      onClose={onClose}
    >
      <div className="space-y-2 px-5 py-4 text-sm">
        <CostFigures spend={spend} month={month} />
        <BudgetSection fleet={fleet} now={now} />
        <BarChart title="Spend by GPU type" groupLabel="GPU type" groups={spend.byGpu} />
        <BarChart title="Spend by region" groupLabel="Region" groups={spend.byRegion} />
        <BarChart
          title="Spend by charge mode"
          groupLabel="Charge mode"
          groups={spend.byChargeMode}
        />
        <TopInstances instances={top} instanceHref={instanceHref} onOpenInstance={onOpenInstance} />
      </div>
    </Drawer>
  )
}
