import { describe, expect, it } from 'vitest'
import { instanceFromExample } from '../testing/example-instance'
import { attentionFlags, attentionOf, STUCK_AFTER_MS } from './attention'
import { NO_OBSERVATIONS, type Observation } from './observations'

const NOW = Date.UTC(2026, 10, 28, 12)
const MINUTE = 60_000
const kinds = (...args: Parameters<typeof attentionFlags>) =>
  attentionFlags(...args).map((flag) => flag.kind)

describe('needs-attention rules', () => {
  it('flag nothing on a healthy running instance with room and an SSH port', () => {
    expect(attentionFlags(instanceFromExample(), undefined, NOW)).toEqual([])
  })

  it('flag any *Failed status with its diagnosis and, for an image that will not pull, what to check', () => {
    const failed = instanceFromExample((item) => {
      item.instanceRuntimeInfo.status = 'InitializationFailed'
      item.instanceRuntimeInfo.diagnosisReason = 'BackOff'
      item.instanceRuntimeInfo.diagnosisMessage = 'Back-off pulling image "x"'
    })
    const [flag] = attentionFlags(failed, undefined, NOW)
    expect(flag).toMatchObject({ kind: 'failed', label: 'Failed' })
    expect(flag?.reason).toBe('InitializationFailed: BackOff: Back-off pulling image "x".')
    expect(flag?.nextStep).toBe('Check the image: it keeps failing to pull.')
    const odd = instanceFromExample((item) => {
      item.instanceRuntimeInfo.status = 'MountFailed'
    })
    expect(kinds(odd, undefined, NOW)).toEqual(['failed'])
  })

  it('flag Starting, Initializing or Stopping as stuck only past the threshold, as observed', () => {
    const starting = instanceFromExample((item) => {
      item.instanceRuntimeInfo.status = 'Starting'
    })
    const seen = (since: number, seenStart: boolean): Observation => ({
      status: 'Starting',
      since,
      seenStart,
    })
    expect(kinds(starting, undefined, NOW)).toEqual([])
    expect(kinds(starting, seen(NOW - STUCK_AFTER_MS, false), NOW)).toEqual([])
    const [unseen] = attentionFlags(starting, seen(NOW - 12 * MINUTE, false), NOW)
    expect(unseen?.reason).toMatch(
      /^Starting for at least 12 min \(observed since this page first saw it\)/,
    )
    const [watched] = attentionFlags(starting, seen(NOW - 12 * MINUTE, true), NOW)
    expect(watched?.reason).toMatch(/^Starting for 12 min\./)
    const other = { status: 'Running', since: NOW - 60 * MINUTE, seenStart: false }
    expect(kinds(starting, other, NOW)).toEqual([])
  })

  it('flag a disk at or above 95% on a live instance, naming the disk to free', () => {
    const full = (used: number, status = 'Running') =>
      instanceFromExample((item) => {
        item.instanceRuntimeInfo.status = status
        item.instanceRuntimeInfo.instanceDiskUsageInfo.rootDiskUsedGi = used
        item.instanceRuntimeInfo.instanceDiskAmountInfo.rootDiskAmountGi = 100
      })
    expect(kinds(full(94.9), undefined, NOW)).toEqual([])
    const [flag] = attentionFlags(full(97), undefined, NOW)
    expect(flag).toMatchObject({
      kind: 'disk',
      label: 'Disk 97%',
      nextStep: 'Free space on the root disk.',
    })
    expect(attentionFlags(full(104), undefined, NOW)[0]?.reason).toContain('over capacity')
    expect(kinds(full(99, 'Stopped'), undefined, NOW)).toEqual([])
  })

  it('flag a scheduled stop within the hour, or overdue, on a running instance', () => {
    const stopping = (inMs: number, status = 'Running') =>
      instanceFromExample((item) => {
        item.instanceRuntimeInfo.status = status
        item.instanceRuntimeInfo.scheduledStopTimestamp = NOW + inMs
      })
    expect(attentionFlags(stopping(40 * MINUTE), undefined, NOW)[0]?.label).toBe('Stops in 40 min')
    expect(kinds(stopping(60 * MINUTE), undefined, NOW)).toEqual(['stop-soon'])
    expect(kinds(stopping(61 * MINUTE), undefined, NOW)).toEqual([])
    expect(attentionFlags(stopping(-MINUTE), undefined, NOW)[0]?.label).toBe('Stop due')
    expect(kinds(stopping(10 * MINUTE, 'Stopped'), undefined, NOW)).toEqual([])
  })

  it('flag a running instance without an SSH port', () => {
    const closed = instanceFromExample((item) => {
      item.instanceSpecInfo.nodePorts = [{ port: 8888, address: '10.0.0.1', nodePort: 30_001 }]
    })
    expect(kinds(closed, undefined, NOW)).toEqual(['no-ssh'])
  })

  it('list several flags most severe first', () => {
    const both = instanceFromExample((item) => {
      item.instanceSpecInfo.nodePorts = []
      item.instanceRuntimeInfo.instanceDiskUsageInfo.rootDiskUsedGi = 99
      item.instanceRuntimeInfo.instanceDiskAmountInfo.rootDiskAmountGi = 100
    })
    expect(kinds(both, undefined, NOW)).toEqual(['disk', 'no-ssh'])
  })
})

describe('attentionOf', () => {
  const fleet = [
    instanceFromExample(),
    instanceFromExample((item) => {
      item.instanceMetadata.instanceId = 'notebook-failed'
      item.instanceRuntimeInfo.status = 'StartingFailed'
    }),
  ]

  it('maps only the instances that need attention', () => {
    const map = attentionOf(fleet, NO_OBSERVATIONS, NOW)
    expect([...map.keys()]).toEqual(['notebook-failed'])
  })

  it('keeps the same map and arrays when nothing reads differently', () => {
    const first = attentionOf(fleet, NO_OBSERVATIONS, NOW)
    expect(attentionOf(fleet, NO_OBSERVATIONS, NOW + MINUTE, first)).toBe(first)
    const shorter = attentionOf(fleet.slice(0, 1), NO_OBSERVATIONS, NOW, first)
    expect(shorter.size).toBe(0)
  })
})
