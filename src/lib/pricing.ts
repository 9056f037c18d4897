import { ownValue } from './own-value'

/** Hours one unit of each documented charge mode covers; tide pricing is hourly. */
const HOURS_PER_UNIT: Record<string, number> = {
  perHour: 1,
  tidePerHour: 1,
  perDay: 24,
  perWeek: 24 * 7,
  perMonth: 24 * 30,
}

export const CHARGE_MODE_LABEL: Record<string, string> = {
  perHour: 'per hour',
  tidePerHour: 'per hour (tide)',
  perDay: 'per day',
  perWeek: 'per week',
  perMonth: 'per month',
}

/** The price per hour for a charge mode, or null when the mode or price is unknown. */
export function hourlyPrice(price: number | null, chargeMode: string): number | null {
  const hours = ownValue(HOURS_PER_UNIT, chargeMode)
  if (price === null || hours === undefined || !Number.isFinite(price) || price < 0) return null
  return price / hours
}
