import { badgeClass } from '../components/badge-class'
import {
  billingKindLabel,
  chargeModeLabel,
  formatApproxHourly,
  formatCharge,
} from '../lib/instance-format'
import { ownValue } from '../lib/own-value'
import { billingKind, CHARGE_MODE_UNIT, isHourlyMode } from '../lib/pricing'
import { defineColumn } from './column-def'

export const priceColumn = defineColumn(
  'price',
  {
    label: 'Price',
    sortTitle:
      'Sort by price per hour: each charge (per day, week or month) is normalised to an hourly figure (a month is 30 days)',
    sort: { keys: [(i) => i.billing.hourly] },
    descFirst: true,
    // The charge as billed; under it the hourly equivalent of a longer term and the billing kind.
    cell: (i, { compact }) => {
      const kind = billingKind(i.billing.type, i.billing.chargeMode, i.isSpot)
      const charge = formatCharge(i.billing.price, i.billing.chargeMode, i.billing.unit)
      if (compact) return <span title={billingKindLabel(kind)}>{charge}</span>
      // The charge is the cell's first line as text (no element of its own).
      return (
        <>
          {charge}
          <span className="block truncate text-xs text-fg-subtle">
            {!isHourlyMode(i.billing.chargeMode) && `${formatApproxHourly(i.billing.hourly)} `}
            {kind === 'spot' ? (
              <span className={badgeClass('spot')}>spot</span>
            ) : (
              billingKindLabel(kind)
            )}
          </span>
        </>
      )
    },
    exportFields: [
      { header: 'Price per hour (USD)', value: (i) => i.billing.hourly },
      { header: 'Charge (USD)', value: (i) => i.billing.price },
      {
        header: 'Charge mode',
        value: (i) => (i.billing.chargeMode ? chargeModeLabel(i.billing.chargeMode) : null),
      },
      // A reserved term: how many of its units are billed (2 and "month": two months).
      { header: 'Billed duration', value: (i) => i.billing.duration },
      {
        header: 'Billed duration unit',
        value: (i) => ownValue(CHARGE_MODE_UNIT, i.billing.chargeMode) ?? null,
      },
      {
        header: 'Billing',
        value: (i) => billingKindLabel(billingKind(i.billing.type, i.billing.chargeMode, i.isSpot)),
      },
    ],
    card: 'price',
  },
  { size: 150, minSize: 110 },
)
