import { describe, expect, it } from 'vitest'
import type { RawInstance } from './api-types.ts'
import { BROKEN_CASES, SCHEDULED_SOON } from './attention-cases.ts'
import { generateInstances } from './data.ts'
import { SIM_DEFAULTS } from './defaults.ts'
import { DEMO_DISK_CROSSING, DEMO_SCHEDULED_STOP, STUCK_INDEXES } from './demo-dynamics.ts'

const T0 = 1_800_000_000_000
const HOUR = 3_600_000
const data = generateInstances(SIM_DEFAULTS.instances, SIM_DEFAULTS.seed, T0)
const running = data.filter((i) => i.instanceRuntimeInfo.status === 'Running')

function fullestDisk(instance: RawInstance): number {
  const { instanceDiskUsageInfo: used, instanceDiskAmountInfo: total } =
    instance.instanceRuntimeInfo
  const root = total.rootDiskAmountGi > 0 ? used.rootDiskUsedGi / total.rootDiskAmountGi : 0
  const disk = total.dataDiskAmountGi > 0 ? used.dataDiskUsedGi / total.dataDiskAmountGi : 0
  return Math.max(root, disk) * 100
}
const hasSshPort = (i: RawInstance) =>
  (i.instanceSpecInfo.nodePorts ?? []).some((p) => p.port === 22)
const indexesOf = (list: RawInstance[]) => list.map((i) => data.indexOf(i))

describe('the default data set (92 instances, seed 1) shows every attention case', () => {
  it('has each *Failed status, unhealthy with a diagnosis', () => {
    for (const status of ['StartingFailed', 'InitializationFailed']) {
      const failed = data.filter((i) => i.instanceRuntimeInfo.status === status)
      expect(failed.length).toBeGreaterThan(0)
      expect(
        failed.every(
          (i) => !i.instanceRuntimeInfo.healthy && i.instanceRuntimeInfo.diagnosisReason,
        ),
      ).toBe(true)
    }
  })

  it('pins a Starting, an Initializing and a Stopping instance, each saying why', () => {
    expect(STUCK_INDEXES.map((index) => data[index]?.instanceRuntimeInfo.status)).toEqual([
      'Starting',
      'Initializing',
      'Stopping',
    ])
    for (const index of STUCK_INDEXES) expect(data[index]?.instanceRuntimeInfo.phase).not.toBe('')
    // Starting and Stopping say nothing HPC-AI diagnosed: only the observed clock can flag them.
    expect(data[2]?.instanceRuntimeInfo.diagnosisReason).toBe('')
    expect(data[10]?.instanceRuntimeInfo.diagnosisReason).toBe('')
  })

  it('has the broken cases HPC-AI’s fields reveal, each in the status that hides it', () => {
    for (const { index, status, details } of BROKEN_CASES)
      expect(data[index]?.instanceRuntimeInfo).toMatchObject({ status, ...details })
    // Running, failing HPC-AI's health check, with the diagnosis why.
    expect(
      running.some(
        (i) =>
          !i.instanceRuntimeInfo.healthy &&
          i.instanceRuntimeInfo.diagnosisReason === 'Unschedulable',
      ),
    ).toBe(true)
  })

  it('has Running disks at or above 95 % (at least two) and one between 90 and 95 %', () => {
    expect(running.filter((i) => fullestDisk(i) >= 95).length).toBeGreaterThanOrEqual(2)
    expect(running.some((i) => fullestDisk(i) >= 90 && fullestDisk(i) < 95)).toBe(true)
  })

  it('has a Running instance whose scheduled stop is within the hour, and others further out', () => {
    const soon = running.filter((i) => {
      const at = i.instanceRuntimeInfo.scheduledStopTimestamp
      return at > T0 && at <= T0 + HOUR
    })
    expect(indexesOf(soon)).toContain(SCHEDULED_SOON.index)
    expect(data[SCHEDULED_SOON.index]?.instanceRuntimeInfo.scheduledStopTimestamp).toBe(
      T0 + SCHEDULED_SOON.inMs,
    )
    expect(running.some((i) => i.instanceRuntimeInfo.scheduledStopTimestamp > T0 + HOUR)).toBe(true)
  })

  it('has Running instances without an SSH port', () => {
    expect(running.some((i) => !hasSshPort(i))).toBe(true)
  })

  it('gives the demo dynamics clean Running instances: nothing else to flag on them', () => {
    for (const index of [DEMO_DISK_CROSSING.index, DEMO_SCHEDULED_STOP.index]) {
      const instance = data[index]
      if (!instance) throw new Error(`no instance ${index}`)
      expect(instance.instanceRuntimeInfo).toMatchObject({
        status: 'Running',
        healthy: true,
        scheduledStopTimestamp: 0,
      })
      expect(hasSshPort(instance)).toBe(true)
      expect(fullestDisk(instance)).toBeLessThan(90)
    }
  })
})
