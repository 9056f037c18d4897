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

/** Diagnoses the README names as "cannot start or keeps restarting", whatever the status. */
const BLOCKING = [
  'BackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'ErrImageNeverPull',
  'InvalidImageName',
  'Unschedulable',
  'FailedScheduling',
  'CrashLoopBackOff',
  'OOMKilled',
]

/** The flags of the README's rules that need no observed time (all but "stuck"). */
export function timelessFlags(raw: Raw, now: number): string[] {
  const status = statusOf(raw)
  const runtime = raw.instanceRuntimeInfo
  const failed = status.endsWith('Failed')
  const live = !STOPPED.includes(status) && !failed
  const running = status === 'Running'
  const reason = runtime.diagnosisReason
  const flags: string[] = []
  if (failed) flags.push('failed')
  if (live) {
    const blocking = reason !== '' && (BLOCKING.includes(reason) || !running)
    if (!runtime.healthy && (running || !blocking)) flags.push('unhealthy')
    else if (blocking) flags.push('blocked')
  }
  if (!STOPPED.includes(status) && fullestDisk(raw) >= 95) flags.push('disk')
  if (
    live &&
    runtime.scheduledStopTimestamp > 0 &&
    runtime.scheduledStopTimestamp - now <= 3_600_000
  )
    flags.push('stop-soon')
  if (running && !(raw.instanceSpecInfo.nodePorts ?? []).some((p) => p.port === 22))
    flags.push('no-ssh')
  return flags
}

/** Unhealthy as the README defines it: HPC-AI's check, a failed status or a blocking diagnosis. */
export const isUnhealthy = (raw: Raw) =>
  timelessFlags(raw, 0).some((flag) => ['failed', 'unhealthy', 'blocked'].includes(flag))

export const STUCK_STATUSES = ['Initializing', 'Starting', 'Stopping']

/** Names of the instances that need attention now; with `stuck`, the stuck statuses count too. */
export function needingAttention(now: number, stuck = false): string[] {
  return DEFAULT_INSTANCES.filter((raw) => {
    const flags = timelessFlags(raw, now)
    // The observed clock covers only what no diagnosis explains.
    const stuckNow = stuck && STUCK_STATUSES.includes(statusOf(raw)) && !flags.includes('blocked')
    return flags.length > 0 || stuckNow
  }).map(nameOf)
}

/** "$1,234.56/h" or "≈ $1,234" → 1234.56 */
export const money = (text: string) =>
  Number(/\$([\d,]+(?:\.\d+)?)/.exec(text)?.[1]?.replace(/,/g, '') ?? Number.NaN)
