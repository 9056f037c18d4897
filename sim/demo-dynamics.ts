import type { RawInstance } from './api-types.ts'

type Runtime = RawInstance['instanceRuntimeInfo']

/** Where each transitional status settles in demo mode. */
const SETTLED = new Map([
  ['Starting', 'Running'],
  ['Initializing', 'Running'],
  ['PullingImage', 'Running'],
  ['Restarting', 'Running'],
  ['Stopping', 'Stopped'],
])

/**
 * Instances that never settle, even in demo mode: index 2 is Starting, 4 Initializing and 10
 * Stopping for every seed (the first instances take each status in turn, see data.ts).
 */
export const STUCK_INDEXES: readonly number[] = [2, 4, 10]

/** Demo mode: this instance's root disk fills steadily, crosses 95 % `crossesAtMs` after start, stops at `capPercent`. */
export const DEMO_DISK_CROSSING = { index: 45, crossesAtMs: 90_000, capPercent: 98 } as const

/** Demo mode: this Running instance has a scheduled stop `dueAfterMs` after start; it then stops. */
export const DEMO_SCHEDULED_STOP = { index: 15, dueAfterMs: 120_000 } as const

/** A transitional instance at this index settles this long after start (20-110 s). */
export const settleDelayMs = (index: number): number => 20_000 + (index % 10) * 10_000

function settled(runtime: Runtime, index: number, startedAt: number, elapsed: number): Runtime {
  const target = SETTLED.get(runtime.status)
  const delay = settleDelayMs(index)
  if (!target || STUCK_INDEXES.includes(index) || elapsed < delay) return runtime
  const at = startedAt + delay
  if (target === 'Stopped') {
    const cleared = { subUrl: '', stopTimestamp: at, scheduledStopTimestamp: 0 }
    return { ...runtime, ...cleared, status: target, message: '' }
  }
  return { ...runtime, status: target, message: '', createAtUnixMs: runtime.createAtUnixMs || at }
}

function filling(runtime: Runtime, elapsed: number): Runtime {
  const total = runtime.instanceDiskAmountInfo.rootDiskAmountGi
  const start = total > 0 ? (runtime.instanceDiskUsageInfo.rootDiskUsedGi / total) * 100 : 95
  if (start >= 95) return runtime
  const { crossesAtMs, capPercent } = DEMO_DISK_CROSSING
  const percent = Math.min(capPercent, start + ((95 - start) * elapsed) / crossesAtMs)
  const rootDiskUsedGi = Math.round(total * percent) / 100
  return {
    ...runtime,
    instanceDiskUsageInfo: { ...runtime.instanceDiskUsageInfo, rootDiskUsedGi },
  }
}

/** The instance `now` in demo mode: settled, filling or due for its scheduled stop. */
export function demoAt(
  instance: RawInstance,
  index: number,
  startedAt: number,
  now: number,
): RawInstance {
  const before = instance.instanceRuntimeInfo
  const elapsed = now - startedAt
  let runtime = settled(before, index, startedAt, elapsed)
  if (index === DEMO_DISK_CROSSING.index) runtime = filling(runtime, elapsed)
  if (index === DEMO_SCHEDULED_STOP.index && runtime.status === 'Running') {
    runtime = { ...runtime, scheduledStopTimestamp: startedAt + DEMO_SCHEDULED_STOP.dueAfterMs }
  }
  return runtime === before ? instance : { ...instance, instanceRuntimeInfo: runtime }
}
