import { afterEach, describe, expect, it, vi } from 'vitest'
import { World } from './world.ts'

const statuses = (world: World, now: number) =>
  world.snapshot(now).map((i) => i.instanceRuntimeInfo.status)

describe('World', () => {
  afterEach(() => vi.useRealTimers())

  it('in demo mode, settles transitional instances over time: Starting becomes Running', () => {
    vi.useFakeTimers({ now: 1_800_000_000_000 })
    const world = new World({ instances: 92, seed: 1, demo: true })
    const start = statuses(world, Date.now())
    const later = statuses(world, Date.now() + 200_000)
    expect(start).toContain('Starting')
    expect(later).not.toContain('Starting')
    expect(later).not.toContain('Stopping')
    const changed = start.filter((status, index) => later[index] !== status)
    expect(changed.length).toBeGreaterThan(0)
    expect(later.filter((s) => s === 'Running').length).toBeGreaterThan(
      start.filter((s) => s === 'Running').length,
    )
  })

  it('outside demo mode, never changes', () => {
    const world = new World({ instances: 92, seed: 1, demo: false })
    expect(statuses(world, Date.now() + 10_000_000)).toEqual(statuses(world, Date.now()))
  })

  it('appends hostile items after the normal ones when asked', () => {
    const world = new World({ instances: 5, seed: 1, demo: false, hostile: true })
    expect(world.instances.length).toBeGreaterThan(5)
  })
})
