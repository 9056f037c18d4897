import { useMemo } from 'react'
import type { Instance } from '../api/instance'
import { Button } from '../components/button'
import { formatHourly } from '../lib/instance-format'
import { describeSkips } from './resolve-ids'
import { clearSelection } from './selection-store'
import { stopLabel } from './stop-messages'
import { planStop } from './stop-plan'
import { requestStop } from './stops-store'

interface Props {
  /** The selected instances in the list (selected ids no longer listed are left out). */
  selected: readonly Instance[]
  /** How many of them the filters hide. */
  hidden: number
  pending: { has: (id: string) => boolean }
  /** Stops are being sent: no second batch until they are answered. */
  busy: boolean
}

/** "N selected", what they cost, what will be skipped, Stop and Clear selection. */
export function SelectionBar({ selected, hidden, pending, busy }: Props) {
  const plan = useMemo(() => planStop(selected, pending), [selected, pending])
  const count = plan.send.length
  const blocked = busy
    ? 'Wait until the stops being sent are answered'
    : count === 0
      ? 'None of the selected instances can be stopped'
      : undefined
  return (
    <section
      aria-label="Selection"
      className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-md border border-info-line bg-info-soft px-3 py-2 text-sm text-fg"
    >
      <span className="font-semibold">{selected.length.toLocaleString()} selected</span>
      {count > 0 && (
        <span className="tabular-nums">
          {formatHourly(plan.hourly)} <span className="text-fg-muted">listed price</span>
        </span>
      )}
      {hidden > 0 && (
        <span className="text-fg-muted">{hidden.toLocaleString()} not shown by the filters</span>
      )}
      {plan.skip.length > 0 && (
        <span className="order-last min-w-0 basis-full text-fg-muted">
          Will be skipped ({plan.skip.length.toLocaleString()}): {describeSkips(plan.skip, 3)}
        </span>
      )}
      <div className="ml-auto flex items-center gap-2">
        <Button
          variant="danger"
          aria-disabled={blocked !== undefined}
          title={blocked}
          className="aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
          onClick={() => {
            // All of them: the confirmation names what will be skipped too.
            if (!blocked)
              requestStop(
                selected.map((instance) => instance.id),
                true,
              )
          }}
        >
          {stopLabel(count)}
        </Button>
        <Button variant="ghost" onClick={clearSelection}>
          Clear selection
        </Button>
      </div>
    </section>
  )
}
