import type { Instance } from '../api/instance'
import { FieldList } from '../components/field-list'
import { formatDateTime, formatMoney } from '../lib/format'
import { chargeModeWords, currencyLabel, formatBilledDuration } from '../lib/billing-words'
import { billingKindLabel, formatCharge, formatHourly } from '../lib/instance-format'
import { billingKind, hoursPerUnit, isHourlyMode } from '../lib/pricing'
import { reservedTermTotal, spentSinceCreated } from '../model/cost'

function perHour(instance: Instance): string {
  const { hourly, chargeMode } = instance.billing
  if (hourly === null) return ''
  if (isHourlyMode(chargeMode)) return formatHourly(hourly)
  const hours = hoursPerUnit(chargeMode)
  return `≈ ${formatHourly(hourly)} (the charge spread over ${hours ?? '?'} hours${chargeMode === 'perMonth' ? ': a month taken as 30 days' : ''})`
}

function runningTotal(instance: Instance, now: number | undefined): string {
  const { chargeMode } = instance.billing
  if (!isHourlyMode(chargeMode))
    return hoursPerUnit(chargeMode) === null
      ? ''
      : 'Not estimated: a reserved term is charged per term (see the term total)'
  if (now === undefined) return ''
  const spent = spentSinceCreated(instance, now)
  if (spent === null || instance.createdAt === null)
    return instance.createdAt === null
      ? 'Not estimated: HPC-AI sent no creation time'
      : `Not estimated: HPC-AI does not say when this instance ran (it is ${instance.status || 'without a status'})`
  const until = instance.statusGroup === 'stopped' ? 'until it stopped' : 'until now'
  return `≈ ${formatMoney(spent)} since ${formatDateTime(instance.createdAt)} (estimate: the hourly price from creation ${until}, assuming no break)`
}

/** Every billing field HPC-AI sends, named in words, plus what follows from them. */
export function BillingFields({ instance, now }: { instance: Instance; now?: number }) {
  const { billing } = instance
  const term = reservedTermTotal(instance)
  return (
    <FieldList
      fields={[
        ['Charge', formatCharge(billing.price, billing.chargeMode, billing.unit, true)],
        ['Per hour', perHour(instance)],
        ['Charge mode', chargeModeWords(billing.chargeMode)],
        ['Billed duration', formatBilledDuration(billing.duration, billing.chargeMode)],
        [
          'Billing kind',
          billingKindLabel(billingKind(billing.type, billing.chargeMode, instance.isSpot)),
        ],
        ['Currency', currencyLabel(billing.unit)],
        [
          'Term total',
          term === null
            ? isHourlyMode(billing.chargeMode)
              ? 'None: billed by the hour'
              : ''
            : `${formatMoney(term)} for ${formatBilledDuration(billing.duration, billing.chargeMode)} (charge × billed duration)`,
        ],
        ['Spent since created', runningTotal(instance, now)],
      ]}
    />
  )
}
