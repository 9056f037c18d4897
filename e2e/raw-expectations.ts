/**
 * Expectations computed from the simulator's raw data with the rules as documented (README,
 * "Needs attention" and "Cost"), independently of the app's own code.
 */
import { DEFAULT_INSTANCES } from './sim-data.ts'

export type Raw = (typeof DEFAULT_INSTANCES)[number]

export const HOURS: Record<string, number> = {
  perHour: 1,
  tidePerHour: 1,
  perDay: 24,
  perWeek: 168,
  perMonth: 720,
}

export const nameOf = (raw: Raw) => raw.instanceSpecInfo.name
export const statusOf = (raw: Raw) => raw.instanceRuntimeInfo.status
export const isRunning = (raw: Raw) => statusOf(raw) === 'Running'
export const byName = (name: string): Raw => {
  const found = DEFAULT_INSTANCES.find((raw) => nameOf(raw) === name)
  if (!found) throw new Error(`no instance named ${name}`)
  return found
}

export function hourlyOf(raw: Raw): number {
  const billing = raw.instanceSpecInfo.instanceBillingInfo
  return billing.price / (HOURS[billing.chargeMode] ?? Number.NaN)
}

const STOPPED = ['Stopped', 'Archived', 'Released']

function fullestDisk(raw: Raw): number {
  const { instanceDiskUsageInfo: used, instanceDiskAmountInfo: total } = raw.instanceRuntimeInfo
  const percent = (u: number, t: number) => (t > 0 ? (u / t) * 100 : 0)
  return Math.max(
    percent(used.rootDiskUsedGi, total.rootDiskAmountGi),
    percent(used.dataDiskUsedGi, total.dataDiskAmountGi),
  )
}

/** The flags of the README's rules that need no observed time (all but "stuck"). */
export function timelessFlags(raw: Raw, now: number): string[] {
  const status = statusOf(raw)
  const runtime = raw.instanceRuntimeInfo
  const live = !STOPPED.includes(status) && !status.endsWith('Failed')
  const flags: string[] = []
  if (status.endsWith('Failed')) flags.push('failed')
  if (!STOPPED.includes(status) && fullestDisk(raw) >= 95) flags.push('disk')
  if (
    live &&
    runtime.scheduledStopTimestamp > 0 &&
    runtime.scheduledStopTimestamp - now <= 3_600_000
  )
    flags.push('stop-soon')
  if (status === 'Running' && !(raw.instanceSpecInfo.nodePorts ?? []).some((p) => p.port === 22))
    flags.push('no-ssh')
  return flags
}

export const STUCK_STATUSES = ['Initializing', 'Starting', 'Stopping']

/** Names of the instances that need attention now; with `stuck`, the stuck statuses count too. */
export function needingAttention(now: number, stuck = false): string[] {
  return DEFAULT_INSTANCES.filter(
    (raw) =>
      timelessFlags(raw, now).length > 0 || (stuck && STUCK_STATUSES.includes(statusOf(raw))),
  ).map(nameOf)
}

/** "$1,234.56/h" or "≈ $1,234" → 1234.56 */
export const money = (text: string) =>
  Number(/\$([\d,]+(?:\.\d+)?)/.exec(text)?.[1]?.replace(/,/g, '') ?? Number.NaN)
