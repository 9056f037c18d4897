import { describe, expect, it } from 'vitest'
import type { RawInstance } from './api-types.ts'
import { SIM_DEFAULTS } from './defaults.ts'
import { DEMO_DISK_CROSSING, DEMO_SCHEDULED_STOP, STUCK_INDEXES } from './demo-dynamics.ts'
import { World } from './world.ts'

const DEFAULT_SET = { instances: SIM_DEFAULTS.instances, seed: SIM_DEFAULTS.seed }

const T0 = 1_800_000_000_000
const SECOND = 1_000

const demoWorld = (stopMs = 4_000) => new World({ ...DEFAULT_SET, demo: true, stopMs }, () => T0)
const statuses = (world: World, now: number) =>
  world.snapshot(now).map((i) => i.instanceRuntimeInfo.status)
const rootPercent = (instance: RawInstance | undefined) => {
  const runtime = instance?.instanceRuntimeInfo
  if (!runtime) throw new Error('no instance')
  return (
    (runtime.instanceDiskUsageInfo.rootDiskUsedGi /
      runtime.instanceDiskAmountInfo.rootDiskAmountGi) *
    100
  )
}

describe('World in demo mode', () => {
  it('settles most transitional instances within 110 s: Starting becomes Running', () => {
    const world = demoWorld()
    const start = statuses(world, T0)
    const later = statuses(world, T0 + 200 * SECOND)
    expect(start.filter((s) => s === 'Starting').length).toBeGreaterThan(2)
    expect(later.filter((s) => s === 'Starting')).toHaveLength(1)
    expect(later.filter((s) => s === 'Stopping')).toHaveLength(1)
    expect(later.filter((s) => s === 'Running').length).toBeGreaterThan(
      start.filter((s) => s === 'Running').length,
    )
    const settledStop = world.snapshot(T0 + 200 * SECOND)[27]?.instanceRuntimeInfo
    expect(start[27]).toBe('Stopping')
    expect(settledStop).toMatchObject({ status: 'Stopped', subUrl: '' })
    expect(settledStop?.stopTimestamp).toBeGreaterThan(T0)
  })

  it('never settles the pinned stuck instances, even a day later', () => {
    const world = demoWorld()
    const dayLater = statuses(world, T0 + 86_400 * SECOND)
    expect(STUCK_INDEXES.map((index) => dayLater[index])).toEqual([
      'Starting',
      'Initializing',
      'Stopping',
    ])
  })

  it('fills one root disk so that it crosses 95 % a minute and a half after start', () => {
    const world = demoWorld()
    const at = (ms: number) => rootPercent(world.snapshot(T0 + ms)[DEMO_DISK_CROSSING.index])
    expect(at(0)).toBeLessThan(90)
    expect(at(60 * SECOND)).toBeLessThan(95)
    expect(at(89 * SECOND)).toBeLessThan(95)
    expect(at(91 * SECOND)).toBeGreaterThanOrEqual(95)
    expect(at(3_600 * SECOND)).toBeCloseTo(DEMO_DISK_CROSSING.capPercent, 1)
    expect(world.snapshot(T0)[DEMO_DISK_CROSSING.index]?.instanceRuntimeInfo.status).toBe('Running')
  })

  it('brings a scheduled stop due two minutes after start: Running, Stopping, Stopped', () => {
    const world = demoWorld(4_000)
    const due = T0 + DEMO_SCHEDULED_STOP.dueAfterMs
    const at = (ms: number) => world.snapshot(T0 + ms)[DEMO_SCHEDULED_STOP.index]
    expect(at(0)?.instanceRuntimeInfo).toMatchObject({
      status: 'Running',
      scheduledStopTimestamp: due,
    })
    expect(at(119 * SECOND)?.instanceRuntimeInfo.status).toBe('Running')
    expect(at(120 * SECOND)?.instanceRuntimeInfo.status).toBe('Stopping')
    expect(at(124 * SECOND)?.instanceRuntimeInfo).toMatchObject({
      status: 'Stopped',
      stopTimestamp: due + 4_000,
      scheduledStopTimestamp: 0,
      subUrl: '',
    })
  })
})

describe('World outside demo mode', () => {
  it('never changes by itself, and its scheduled stops never come due', () => {
    const world = new World({ ...DEFAULT_SET, demo: false }, () => T0)
    expect(statuses(world, T0 + 10_000_000 * SECOND)).toEqual(statuses(world, T0))
    expect(world.snapshot(T0 + 10_000_000 * SECOND)).toBe(world.instances)
  })

  it('appends hostile items after the normal ones when asked', () => {
    const world = new World({ instances: 5, seed: 1, demo: false, hostile: true })
    expect(world.instances.length).toBeGreaterThan(5)
    expect(() =>
      new World({ instances: 5, seed: 1, demo: true, hostile: true }).snapshot(),
    ).not.toThrow()
  })
})

describe('World with a price scale', () => {
  it('multiplies every price and changes nothing else', () => {
    const plain = new World({ ...DEFAULT_SET, demo: false }, () => T0)
    const wide = new World({ ...DEFAULT_SET, demo: false, priceScale: 10 }, () => T0)
    const price = (world: World) =>
      world.instances.map((i) => i.instanceSpecInfo.instanceBillingInfo.price)
    const plainPrices = price(plain)
    price(wide).forEach((p, index) => expect(p).toBeCloseTo((plainPrices[index] ?? 0) * 10, 1))
    expect(wide.instances.map((i) => i.instanceRuntimeInfo)).toEqual(
      plain.instances.map((i) => i.instanceRuntimeInfo),
    )
  })
})
