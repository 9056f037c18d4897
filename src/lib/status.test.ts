import { describe, expect, it } from 'vitest'
import { STOPPABLE_STATUSES as SIM_STOPPABLE } from '../../sim/stoppable'
import { liveHealth, STOPPABLE_STATUSES, stopEligibility } from './status'

describe('stopEligibility', () => {
  it("lists the simulator's stoppable statuses, no more and no fewer", () => {
    expect([...STOPPABLE_STATUSES].sort()).toEqual([...SIM_STOPPABLE].sort())
  })

  it.each(STOPPABLE_STATUSES)('lets %s be stopped', (status) => {
    expect(stopEligibility(status)).toEqual({ ok: true })
  })

  it.each([
    ['Stopping', 'Already stopping'],
    ['Stopped', 'Already stopped'],
    ['Archived', 'Archived: nothing to stop'],
    ['Released', 'Released: nothing to stop'],
    ['Hibernating', 'Status Hibernating is not known to be stoppable'],
    ['constructor', 'Status constructor is not known to be stoppable'],
    ['', 'Its status is unknown'],
  ])('refuses %s with a reason', (status, reason) => {
    expect(stopEligibility(status)).toEqual({ ok: false, reason })
  })
})

describe('liveHealth: green only where HPC-AI’s fields agree', () => {
  it.each([
    [true, 'running', '', 'healthy'],
    [false, 'running', '', 'unhealthy'],
    [true, 'transitional', '', 'healthy'],
    [true, 'transitional', 'BackOff', 'unhealthy'],
    [true, 'transitional', 'SomethingNew', 'unhealthy'],
    [true, 'running', 'CrashLoopBackOff', 'unhealthy'],
    [true, 'running', 'SomethingNew', 'none'],
    [true, 'failed', '', 'unhealthy'],
    [false, 'stopped', 'BackOff', 'none'],
    [null, 'running', '', 'none'],
  ] as const)('healthy %s, %s, diagnosis "%s": %s', (healthy, group, reason, expected) => {
    expect(liveHealth(healthy, group, reason)).toBe(expected)
  })
})
