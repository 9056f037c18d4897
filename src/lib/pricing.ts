import { ownValue } from './own-value'

/** Hours one unit of each documented charge mode covers; tide pricing is hourly; a month is 30 days. */
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

/** The period one price covers, as a word: "month" for perMonth. */
export const CHARGE_MODE_UNIT: Record<string, string> = {
  perHour: 'hour',
  tidePerHour: 'hour',
  perDay: 'day',
  perWeek: 'week',
  perMonth: 'month',
}

/** Hours one price of `chargeMode` covers, or null for a mode nobody documented. */
export function hoursPerUnit(chargeMode: string): number | null {
  return ownValue(HOURS_PER_UNIT, chargeMode) ?? null
}

/** True for modes billed by the hour, whose running total follows from the time it ran. */
export function isHourlyMode(chargeMode: string): boolean {
  return ownValue(HOURS_PER_UNIT, chargeMode) === 1
}

/** The price per hour for a charge mode, or null when the mode or price is unknown. */
export function hourlyPrice(price: number | null, chargeMode: string): number | null {
  const hours = ownValue(HOURS_PER_UNIT, chargeMode)
  if (price === null || hours === undefined || !Number.isFinite(price) || price < 0) return null
  return price / hours
}

export const BILLING_KINDS = ['on-demand', 'spot', 'reserved', 'tide'] as const
export type BillingKind = (typeof BILLING_KINDS)[number]

export const BILLING_KIND_LABEL: Record<BillingKind, string> = {
  'on-demand': 'On-demand',
  spot: 'Spot',
  reserved: 'Reserved',
  tide: 'Tide pricing',
}

const KIND_OF_TYPE: Record<string, BillingKind> = {
  'on-demand': 'on-demand',
  ondemand: 'on-demand',
  spot: 'spot',
  reserved: 'reserved',
  tide: 'tide',
}

/**
 * On-demand, spot, reserved or tide, read the same way everywhere (row, drawer, facet): the spot
 * flag first, then the billing type HPC-AI sent, then what the charge mode implies (a day, week or
 * month is paid for as a reserved term).
 */
export function billingKind(type: string, chargeMode: string, isSpot: boolean): BillingKind {
  if (isSpot) return 'spot'
  const sent = ownValue(KIND_OF_TYPE, type.trim().toLowerCase().replace(/[\s_]/g, '-'))
  if (sent) return sent
  if (chargeMode === 'tidePerHour') return 'tide'
  return (ownValue(HOURS_PER_UNIT, chargeMode) ?? 1) > 1 ? 'reserved' : 'on-demand'
}
