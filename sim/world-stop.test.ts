import { describe, expect, it } from 'vitest'
import { SIM_DEFAULTS } from './defaults.ts'
import { STOPPABLE_STATUSES } from './stoppable.ts'
import { World } from './world.ts'

const DEFAULT_SET = { instances: SIM_DEFAULTS.instances, seed: SIM_DEFAULTS.seed }

const T0 = 1_800_000_000_000
const options = { ...DEFAULT_SET, demo: false, stopMs: 1_000 }
const idAt = (world: World, index: number) =>
  world.instances[index]?.instanceMetadata.instanceId ?? ''
const runtimeAt = (world: World, index: number, now: number) =>
  world.snapshot(now)[index]?.instanceRuntimeInfo

describe('World.stop', () => {
  it('makes a Running instance Stopping at once, then Stopped after stopMs', () => {
    const world = new World(options, () => T0)
    const before = structuredClone(world.instances[0])
    expect(world.stop(idAt(world, 0), T0 + 500)).toEqual({ kind: 'stopping' })
    expect(runtimeAt(world, 0, T0 + 500)).toMatchObject({ status: 'Stopping', healthy: true })
    expect(runtimeAt(world, 0, T0 + 1_499)?.status).toBe('Stopping')
    expect(runtimeAt(world, 0, T0 + 1_500)).toMatchObject({
      status: 'Stopped',
      stopTimestamp: T0 + 1_500,
      subUrl: '',
      healthy: true,
      scheduledStopTimestamp: 0,
    })
    // The seed's data is never mutated: the stop lives beside it.
    expect(world.instances[0]).toEqual(before)
    expect(runtimeAt(world, 1, T0 + 1_500)).toEqual(world.instances[1]?.instanceRuntimeInfo)
  })

  it('stops failed instances and clears their diagnosis', () => {
    const world = new World(options, () => T0)
    expect(world.instances[3]?.instanceRuntimeInfo).toMatchObject({
      status: 'StartingFailed',
      healthy: false,
    })
    expect(world.stop(idAt(world, 3), T0).kind).toBe('stopping')
    expect(runtimeAt(world, 3, T0 + 2_000)).toMatchObject({
      status: 'Stopped',
      healthy: true,
      diagnosisReason: '',
    })
  })

  it('accepts exactly the stoppable statuses and refuses the rest with their status', () => {
    const world = new World(options, () => T0)
    const seen = new Map<string, string>()
    for (const instance of world.instances) {
      const { status } = instance.instanceRuntimeInfo
      if (!seen.has(status)) seen.set(status, instance.instanceMetadata.instanceId)
    }
    expect(seen.size).toBe(11)
    for (const [status, id] of seen) {
      const outcome = world.stop(id, T0)
      if ((STOPPABLE_STATUSES as readonly string[]).includes(status))
        expect(outcome).toEqual({ kind: 'stopping' })
      else expect(outcome).toEqual({ kind: 'refused', status })
    }
  })

  it('refuses a second stop while Stopping and after Stopped; unknown ids are not found', () => {
    const world = new World(options, () => T0)
    const id = idAt(world, 0)
    world.stop(id, T0)
    expect(world.stop(id, T0 + 10)).toEqual({ kind: 'refused', status: 'Stopping' })
    expect(world.stop(id, T0 + 5_000)).toEqual({ kind: 'refused', status: 'Stopped' })
    expect(world.stop('notebook-does-not-exist', T0)).toEqual({ kind: 'not-found' })
  })

  it('reads the injected clock when no time is given', () => {
    let now = T0
    const world = new World(options, () => now)
    world.stop(idAt(world, 0))
    expect(world.snapshot()[0]?.instanceRuntimeInfo.status).toBe('Stopping')
    now += 1_000
    expect(world.snapshot()[0]?.instanceRuntimeInfo.status).toBe('Stopped')
  })

  it('a stop overrides demo settling: a Starting instance stopped early never becomes Running', () => {
    const world = new World({ ...options, demo: true }, () => T0)
    expect(world.stop(idAt(world, 44), T0 + 1_000).kind).toBe('stopping')
    expect(runtimeAt(world, 44, T0 + 200_000)?.status).toBe('Stopped')
  })

  it('keeps the generated data identical for a seed whatever was stopped', () => {
    const stopped = new World(options, () => T0)
    for (const instance of stopped.instances) stopped.stop(instance.instanceMetadata.instanceId, T0)
    expect(new World(options, () => T0).instances).toEqual(stopped.instances)
  })
})
