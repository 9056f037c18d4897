/** Billing facts in words, for the drawer's Billing section and the Cost view (both lazy). */
import { DASH, formatNumber, plural } from './format'
import { ownValue } from './own-value'
import { CHARGE_MODE_LABEL, CHARGE_MODE_UNIT } from './pricing'

/** How a charge mode reads in words: "Per month", "Per hour, tide pricing". */
export function chargeModeWords(mode: string): string {
  const label = ownValue(CHARGE_MODE_LABEL, mode)
  if (!label) return mode ? `${mode} (not a documented charge mode)` : 'Not sent'
  return mode === 'tidePerHour' ? 'Per hour, tide pricing' : `P${label.slice(1)}`
}

/** The billed duration with its unit: "2 months", "1 hour"; the number alone when the unit is unknown. */
export function formatBilledDuration(duration: number | null, chargeMode: string): string {
  if (duration === null) return DASH
  const unit = ownValue(CHARGE_MODE_UNIT, chargeMode)
  return unit ? plural(duration, unit) : formatNumber(duration)
}

/** The currency of a price: "$" is what HPC-AI documents. */
export function currencyLabel(unit: string): string {
  if (unit === '$') return 'US dollars ($)'
  return unit ? unit : 'Not sent (shown as US dollars)'
}
