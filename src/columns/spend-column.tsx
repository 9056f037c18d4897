import { DASH, formatMoney } from '../lib/format'
import { countsFromFirstSight, spendSoFar } from '../model/spend-so-far'
import { defineColumn } from './column-def'

/**
 * What each instance has cost so far, an estimate (its hourly figure over the time it is assumed
 * billed, from creation, or from the dashboard's first sight of it when HPC-AI sent no creation
 * time, marked then). Sorted as of the last load.
 */
export const spendColumn = defineColumn(
  'spend',
  {
    label: 'Spend so far',
    sortTitle:
      'Sort by the estimated spend so far: the hourly price over the time the instance is assumed billed, as of the last load',
    sort: {
      keys: [
        (i, context) =>
          context.loadedAt === undefined
            ? null
            : spendSoFar(i, context.histories?.get(i.id)?.firstSeen ?? null, context.loadedAt),
      ],
      readsContext: true,
    },
    descFirst: true,
    cell: (i, { now, extras: { firstSeen } }) => {
      const spend = spendSoFar(i, firstSeen ?? null, now)
      const fromSight = countsFromFirstSight(i)
      return (
        <span
          className="tabular-nums"
          title={`An estimate: the hourly price over the time it is assumed billed, from ${fromSight ? 'when this device first saw it (HPC-AI sent no creation time)' : 'its creation'}`}
        >
          {spend === null ? DASH : `≈ ${formatMoney(spend)}`}
          {spend !== null && fromSight && <span className="text-fg-subtle"> since seen</span>}
        </span>
      )
    },
    exportFields: [
      {
        header: 'Spend so far (USD, estimate)',
        value: (i, { firstSeen }) => spendSoFar(i, firstSeen ?? null, Date.now()),
      },
    ],
  },
  { size: 130 },
)
