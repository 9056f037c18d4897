import { describe, expect, it } from 'vitest'
import { instancesOf } from '../testing/test-instances'
import {
  KEEP_MS,
  MAX_ENTRIES,
  mergeRecord,
  NO_HISTORIES,
  observationsOf,
  recordStatuses,
  type InstanceHistory,
} from './status-history'

const facts = (at: number, watching = true, lastLoadAt: number | null = null) => ({
  at,
  complete: true,
  watching,
  lastLoadAt,
})

describe('the status history', () => {
  const first = instancesOf({ id: 'a', status: 'Starting' }, { id: 'b', status: 'Running' })

  it('starts each instance at its first sighting, its start not seen', () => {
    const { histories, written } = recordStatuses(NO_HISTORIES, first, facts(1000, false))
    expect(histories.get('a')).toEqual({
      id: 'a',
      name: 'a',
      firstSeen: 1000,
      entries: [{ status: 'Starting', since: 1000, seenStart: false }],
    })
    expect(written).toHaveLength(2)
  })

  it('keeps unchanged records (and the same map) and dates a change it saw from the load', () => {
    const one = recordStatuses(NO_HISTORIES, first, facts(1000, false)).histories
    const same = recordStatuses(one, first, facts(5000))
    expect(same.histories).toBe(one)
    expect(same.written).toEqual([])
    const next = recordStatuses(
      one,
      instancesOf({ id: 'a', status: 'Running' }, { id: 'b', status: 'Running' }),
      facts(9000),
    )
    expect(next.histories.get('b')).toBe(one.get('b'))
    expect(next.histories.get('a')?.entries).toEqual([
      { status: 'Running', since: 9000, seenStart: true },
      { status: 'Starting', since: 1000, seenStart: false },
    ])
    expect(next.away).toEqual([])
  })

  it('finds a change made while no page watched: not seen, after the last load recorded', () => {
    const before = recordStatuses(NO_HISTORIES, first, facts(1000)).histories
    const later = recordStatuses(
      before,
      instancesOf({ id: 'a', status: 'Running' }, { id: 'b', status: 'Running' }),
      facts(90_000, false, 2000),
    )
    expect(later.histories.get('a')?.entries[0]).toEqual({
      status: 'Running',
      since: 90_000,
      seenStart: false,
      after: 2000,
    })
    expect(later.away).toEqual([
      { id: 'a', name: 'a', from: 'Starting', to: 'Running', at: 90_000, after: 2000 },
    ])
    // A reload does not restart the clock of an unchanged status.
    expect(later.histories.get('b')?.entries[0]?.since).toBe(1000)
  })

  it('forgets instances a complete load no longer lists, and keeps them after a partial one', () => {
    const one = recordStatuses(NO_HISTORIES, first, facts(1000)).histories
    const onlyA = instancesOf({ id: 'a', status: 'Starting' })
    expect(recordStatuses(one, onlyA, { ...facts(2000), complete: false }).histories.has('b')).toBe(
      true,
    )
    const complete = recordStatuses(one, onlyA, facts(2000))
    expect(complete.histories.has('b')).toBe(false)
    expect(complete.removed).toEqual(['b'])
  })

  it('keeps at most 20 statuses, and none past 90 days but the current one', () => {
    let histories = NO_HISTORIES
    for (let n = 0; n < MAX_ENTRIES + 5; n++) {
      const status = n % 2 ? 'Running' : 'Stopped'
      histories = recordStatuses(histories, instancesOf({ id: 'a', status }), facts(n)).histories
    }
    expect(histories.get('a')?.entries).toHaveLength(MAX_ENTRIES)
    const much = recordStatuses(
      histories,
      instancesOf({ id: 'a', status: 'Failed' }),
      facts(KEEP_MS + 100),
    )
    expect(much.histories.get('a')?.entries.map((entry) => entry.status)).toEqual(['Failed'])
  })

  it('gives the stuck rule and In status for the current entry of each', () => {
    const { histories } = recordStatuses(NO_HISTORIES, first, facts(1000, false))
    expect(observationsOf(histories).get('a')).toEqual({
      status: 'Starting',
      since: 1000,
      seenStart: false,
    })
  })

  it('merges another tab’s record keeping the earliest sighting of the same status', () => {
    const record = (since: number, status = 'Running'): InstanceHistory => ({
      id: 'a',
      name: 'a',
      firstSeen: 0,
      entries: [{ status, since, seenStart: true }],
    })
    expect(mergeRecord(record(10), record(20)).entries[0]?.since).toBe(10)
    expect(mergeRecord(record(30), record(20)).entries[0]?.since).toBe(20)
    expect(mergeRecord(record(10), record(20, 'Stopped')).entries[0]?.status).toBe('Stopped')
    expect(mergeRecord(undefined, record(20)).entries[0]?.since).toBe(20)
  })
})
