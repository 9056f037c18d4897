/**
 * How every fact about an instance reads on screen: the table, the drawer, the summary, the
 * facets and the exports all call these, so one value never reads two ways.
 */
import type { DiskUsage } from './disk'
import { DASH, formatDuration, formatMoney, formatNumber } from './format'
import { CHARGE_MODE_LABEL } from './pricing'
import { ownValue } from './own-value'

export function statusLabel(status: string): string {
  return status || 'Unknown'
}

export function healthLabel(healthy: boolean | null): string {
  return healthy === null ? 'Not reported' : healthy ? 'Healthy' : 'Unhealthy'
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
