import { describe, expect, it } from 'vitest'
import { instancesOf } from '../testing/test-instances'
import { ALREADY_REQUESTED, planStop } from './stop-plan'

const instances = instancesOf(
  { id: 'run', status: 'Running', price: 2 },
  { id: 'failed', status: 'StartingFailed', price: 24, chargeMode: 'perDay' },
  { id: 'stopped', status: 'Stopped', price: 5 },
  { id: 'stopping', status: 'Stopping' },
  { id: 'odd', status: 'Hibernating' },
  { id: 'asked', status: 'Running', price: 7 },
  { id: 'month', status: 'Initializing', price: 720, chargeMode: 'perMonth' },
)

describe('planStop', () => {
  const plan = planStop(instances, new Set(['asked']))

  it('sends the stoppable ones, in order', () => {
    expect(plan.send.map((instance) => instance.id)).toEqual(['run', 'failed', 'month'])
  })

  it('names every skipped one with its reason, and never sends it', () => {
    expect(plan.skip).toEqual([
      { id: 'stopped', name: 'stopped', reason: 'Already stopped' },
      { id: 'stopping', name: 'stopping', reason: 'Already stopping' },
      { id: 'odd', name: 'odd', reason: 'Status Hibernating is not known to be stoppable' },
      { id: 'asked', name: 'asked', reason: ALREADY_REQUESTED },
    ])
  })

  it('sums the hourly price of what is stopped and lists the modes billed per period', () => {
    expect(plan.hourly).toBeCloseTo(2 + 1 + 1)
    expect(plan.unpriced).toBe(0)
    expect(plan.periodic).toEqual([
      { mode: 'perDay', count: 1 },
      { mode: 'perMonth', count: 1 },
    ])
  })

  it('counts instances without a known price apart', () => {
    const [unknown] = instancesOf({ id: 'x', status: 'Running', chargeMode: 'mystery' })
    const result = planStop(unknown ? [unknown] : [], new Set())
    expect(result).toMatchObject({ hourly: 0, unpriced: 1, periodic: [] })
  })
})
