/**
 * How every fact about an instance reads on screen: the table, the drawer, the summary, the
 * facets and the exports all call these, so one value never reads two ways.
 */
import type { DiskUsage } from './disk'
import { ownValue } from './own-value'
import { DASH, formatDateTime, formatDuration, formatMoney, formatNumber } from './format'
import {
  BILLING_KIND_LABEL,
  CHARGE_MODE_LABEL,
  CHARGE_MODE_UNIT,
  type BillingKind,
} from './pricing'
import { statusGroup, type LiveHealth } from './status'

export function statusLabel(status: string): string {
  return status || 'Unknown'
}

/** "2 × H100-80GB-SXM", "CPU only". */
export function formatGpu(count: number, type: string): string {
  return count > 0 ? `${formatNumber(count)} × ${type || 'GPU'}` : 'CPU only'
}

/** "$5.56/h", or a dash when the price or its charge mode is unknown. */
export function formatHourly(hourly: number | null): string {
  return hourly === null ? DASH : `${formatMoney(hourly)}/h`
}

/** "per month" for perMonth; an unknown mode is shown as sent. */
export function chargeModeLabel(mode: string): string {
  return ownValue(CHARGE_MODE_LABEL, mode) ?? (mode || DASH)
}

/** "128 GB", "8 cores"; a dash when unknown. */
export function formatAmount(value: number | null, unit: string): string {
  return value === null ? DASH : `${formatNumber(value)}${unit ? ` ${unit}` : ''}`
}

/** Joins the known parts of a description ("128 GB, DDR5"), skipping unknown ones. */
export function joinKnown(...parts: string[]): string {
  return parts.filter((part) => part && part !== DASH).join(', ')
}

export function formatPercent(percent: number): string {
  return `${formatNumber(Math.round(percent))}%`
}

/** A scheduled stop: "in 3 h 12 min", or "due" once its time has passed. */
export function formatStopCountdown(at: number, now: number): string {
  return at > now ? `in ${formatDuration(at - now)}` : 'due'
}

/** "41 of 100 GiB used (41%)", ", over capacity" past 100 %; what is known when there is no ratio. */
export function describeDisk({ usedGi, totalGi, percent }: DiskUsage): string {
  if (percent === null)
    return totalGi ? `${formatNumber(usedGi)} of ${formatNumber(totalGi)} GiB` : DASH
  const over = percent > 100 ? ', over capacity' : ''
  return `${formatNumber(usedGi)} of ${formatNumber(totalGi)} GiB used (${formatPercent(percent)})${over}`
}

const wholeMoney = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
})

/** Dollars as a bill reads them: cents below $1,000, whole dollars from there ("$4,003"). */
export function formatBill(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return DASH
  return Math.abs(value) >= 1000 ? wholeMoney.format(value) : formatMoney(value)
}

/**
 * The price as billed, in its own period: "$4,003 / month" (whole dollars from $1,000 unless
 * `exact`); a unit other than $ is shown as sent.
 */
export function formatCharge(
  price: number | null,
  chargeMode: string,
  unit = '$',
  exact = false,
): string {
  if (price === null) return DASH
  const dollars = exact ? formatMoney(price) : formatBill(price)
  const amount = unit === '$' || !unit ? dollars : `${formatNumber(price)} ${unit}`
  const period = ownValue(CHARGE_MODE_UNIT, chargeMode)
  return period ? `${amount} / ${period}` : `${amount} (${chargeMode || 'charge mode not sent'})`
}

/** The normalised hourly figure beside a charge in another period: "≈ $5.56/h". */
export function formatApproxHourly(hourly: number | null): string {
  return hourly === null ? DASH : `≈ ${formatHourly(hourly)}`
}

export function billingKindLabel(kind: BillingKind): string {
  return BILLING_KIND_LABEL[kind]
}

/**
 * Health where it means something: none for a stopped instance, none when not reported, unclear
 * when HPC-AI calls it healthy but sends a diagnosis it does not explain.
 */
export function liveHealthLabel(health: LiveHealth, status: string, diagnosisReason = ''): string {
  if (health === 'none') {
    if (statusGroup(status) === 'stopped') return `No live health (${status})`
    return diagnosisReason
      ? `Health unclear: HPC-AI reports ${diagnosisReason}`
      : 'Health not reported'
  }
  return health === 'healthy' ? 'Healthy' : 'Unhealthy'
}

/** "Stopped, Archived, Released": the statuses a summary figure groups. */
export function formatStatusList(statuses: readonly string[]): string {
  return statuses.length ? statuses.join(', ') : 'none now'
}

/** Below this, "at least N s" since a sighting tells nothing: it reads "first seen now". */
export const MEANINGFUL_MS = 60_000

/**
 * How long an instance has been in its status: "12 min", or "≥ 12 min" when the change was not
 * seen; an unseen start in its first minute reads "first seen now" (not "≥ 0 s").
 */
export function formatStatusAge(ms: number, seenStart: boolean): string {
  if (!seenStart && ms < MEANINGFUL_MS) return 'first seen now'
  return `${seenStart ? '' : '≥ '}${formatDuration(ms)}`
}

/** The words behind a status age, for its title and the drawer. */
export function describeStatusAge(since: number, seenStart: boolean): string {
  return seenStart
    ? `Seen changing to this status at ${formatDateTime(since)}`
    : `Already in this status when the dashboard first saw it, at ${formatDateTime(since)}; HPC-AI gives no status times`
}
