import { describe, expect, it } from 'vitest'
import { instancesOf } from '../testing/test-instances'
import { describeChange, isNotable, notificationText } from './change-text'
import { diffLoads } from './changes'

const before = instancesOf(
  { id: 'a', name: 'alpha', status: 'Starting' },
  { id: 'b', name: 'beta', status: 'Running' },
  { id: 'c', name: 'gamma', status: 'Stopped' },
)
const after = instancesOf(
  { id: 'a', name: 'alpha', status: 'Running' },
  { id: 'b', name: 'beta', status: 'Running' },
  { id: 'd', name: 'delta', status: 'StartingFailed' },
)

describe('diffLoads', () => {
  it('finds status changes, new instances and vanished ones', () => {
    expect(diffLoads(before, after, 42, true)).toEqual([
      { kind: 'status', id: 'a', name: 'alpha', from: 'Starting', to: 'Running', at: 42 },
      { kind: 'new', id: 'd', name: 'delta', status: 'StartingFailed', at: 42 },
      { kind: 'gone', id: 'c', name: 'gamma', status: 'Stopped', at: 42 },
    ])
  })

  it('does not call anything vanished when the new load missed pages', () => {
    expect(diffLoads(before, after, 42, false).map((c) => c.kind)).toEqual(['status', 'new'])
  })

  it('finds nothing between two equal loads', () => {
    expect(diffLoads(before, before, 42, true)).toEqual([])
  })
})

describe('what a change says', () => {
  const [toRunning, created, gone] = diffLoads(before, after, 42, true)

  it('reads old and new status', () => {
    expect(toRunning && describeChange(toRunning)).toBe('Starting → Running')
    expect(created && describeChange(created)).toBe('New, StartingFailed')
    expect(gone && describeChange(gone)).toBe('No longer listed (was Stopped)')
  })

  it('notifies changes into Running or a failure, with the name and status only', () => {
    expect([toRunning, created, gone].map((change) => change && isNotable(change))).toEqual([
      true,
      true,
      false,
    ])
    expect(created && notificationText(created)).toBe('delta: StartingFailed')
  })
})
