/**
 * Cost figures as pure functions of the view model: what the running fleet costs per hour and how
 * it splits, what this month has cost so far and will cost at the current burn. The Cost view,
 * the summary and the drawer read them from here.
 */
import type { Instance } from '../api/instance'
import { billedInterval } from './billed-interval'
import { chargeModeWords } from '../lib/billing-words'
import { hoursPerUnit, isHourlyMode } from '../lib/pricing'

const HOUR = 3_600_000

export interface SpendGroup {
  key: string
  label: string
  /** Spend per hour of the running instances in this group. */
  hourly: number
  count: number
}

export interface RunningSpend {
  hourly: number
  count: number
  /** Running instances whose price or charge mode is unknown: counted, not priced. */
  unpriced: number
  byGpu: SpendGroup[]
  byRegion: SpendGroup[]
  byChargeMode: SpendGroup[]
}

const isRunning = (instance: Instance) => instance.statusGroup === 'running'

const gpuKey = (i: Instance) => (i.gpuCount > 0 ? i.gpuType || 'Unknown GPU' : 'CPU only')
const regionKey = (i: Instance) => i.region.name || 'Unknown region'

function groupBy(
  running: readonly Instance[],
  key: (i: Instance) => string,
  label = (k: string) => k,
) {
  const groups = new Map<string, SpendGroup>()
  for (const instance of running) {
    const id = key(instance)
    const group = groups.get(id) ?? { key: id, label: label(id), hourly: 0, count: 0 }
    group.hourly += instance.billing.hourly ?? 0
    group.count += 1
    groups.set(id, group)
  }
  return [...groups.values()].sort((a, b) => b.hourly - a.hourly || a.label.localeCompare(b.label))
}

/** Spend per hour of the Running instances among `instances`, whole and split three ways. */
export function runningSpend(instances: readonly Instance[]): RunningSpend {
  const running = instances.filter(isRunning)
  return {
    hourly: running.reduce((sum, i) => sum + (i.billing.hourly ?? 0), 0),
    count: running.length,
    unpriced: running.filter((i) => i.billing.hourly === null).length,
    byGpu: groupBy(running, gpuKey),
    byRegion: groupBy(running, regionKey),
    byChargeMode: groupBy(running, (i) => i.billing.chargeMode, chargeModeWords),
  }
}

/** The `limit` Running instances that cost most per hour, most expensive first. */
export function mostExpensiveRunning(instances: readonly Instance[], limit = 10): Instance[] {
  return instances
    .filter((i) => isRunning(i) && i.billing.hourly !== null)
    .sort(
      (a, b) =>
        (b.billing.hourly ?? 0) - (a.billing.hourly ?? 0) || a.sortName.localeCompare(b.sortName),
    )
    .slice(0, limit)
}

/**
 * The running total since creation, an estimate, for charge modes billed by the hour: the hourly
 * price times the billed interval. Null where that does not follow (a reserved term, no times).
 */
export function spentSinceCreated(instance: Instance, now: number): number | null {
  const { hourly, chargeMode } = instance.billing
  const interval = billedInterval(instance, now)
  if (hourly === null || !isHourlyMode(chargeMode) || !interval) return null
  return (hourly * (interval[1] - interval[0])) / HOUR
}

/** What a reserved term costs in all: price times the billed duration (days, weeks or months). */
export function reservedTermTotal(instance: Instance): number | null {
  const { price, duration, chargeMode } = instance.billing
  const hours = hoursPerUnit(chargeMode)
  if (price === null || duration === null || hours === null || hours === 1) return null
  return price * duration
}

export interface MonthEstimate {
  monthStart: number
  monthEnd: number
  /** Spend per hour of the instances running now. */
  burn: number
  /** This month so far: each instance's hourly figure over its billed interval within the month. */
  toDate: number
  /** `toDate` plus the current burn until the month ends. */
  atMonthEnd: number
}

/** Month to date and month end at the current burn, in local time; both are estimates. */
export function monthEstimate(instances: readonly Instance[], now: number): MonthEstimate {
  const date = new Date(now)
  const monthStart = new Date(date.getFullYear(), date.getMonth(), 1).getTime()
  const monthEnd = new Date(date.getFullYear(), date.getMonth() + 1, 1).getTime()
  let toDate = 0
  let burn = 0
  for (const instance of instances) {
    const hourly = instance.billing.hourly
    if (hourly === null) continue
    if (isRunning(instance)) burn += hourly
    const interval = billedInterval(instance, now)
    if (!interval) continue
    const from = Math.max(interval[0], monthStart)
    if (interval[1] > from) toDate += (hourly * (interval[1] - from)) / HOUR
  }
  const left = Math.max(0, monthEnd - now) / HOUR
  return { monthStart, monthEnd, burn, toDate, atMonthEnd: toDate + burn * left }
}
