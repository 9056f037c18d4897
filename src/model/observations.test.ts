import { describe, expect, it } from 'vitest'
import { instancesOf } from '../testing/test-instances'
import { NO_OBSERVATIONS, observeStatuses } from './observations'

describe('observeStatuses', () => {
  const first = instancesOf({ id: 'a', status: 'Starting' }, { id: 'b', status: 'Running' })

  it('starts every instance at the first load, its start not seen', () => {
    const seen = observeStatuses(NO_OBSERVATIONS, first, 1000)
    expect(seen.get('a')).toEqual({ status: 'Starting', since: 1000, seenStart: false })
    expect(seen.get('b')).toEqual({ status: 'Running', since: 1000, seenStart: false })
  })

  it('keeps an unchanged status as it was, and returns the same map when nothing changed', () => {
    const seen = observeStatuses(NO_OBSERVATIONS, first, 1000)
    const again = observeStatuses(
      seen,
      instancesOf({ id: 'a', status: 'Starting' }, { id: 'b' }),
      5000,
    )
    expect(again).toBe(seen)
  })

  it('dates a change it saw from the load that showed it, and forgets vanished instances', () => {
    const seen = observeStatuses(NO_OBSERVATIONS, first, 1000)
    const next = observeStatuses(
      seen,
      instancesOf({ id: 'a', status: 'Running' }, { id: 'c', status: 'Starting' }),
      9000,
    )
    expect(next.get('a')).toEqual({ status: 'Running', since: 9000, seenStart: true })
    expect(next.get('c')).toEqual({ status: 'Starting', since: 9000, seenStart: false })
    expect(next.has('b')).toBe(false)
  })
})
