import { describe, expect, it } from 'vitest'
import { reconcileStops, WATCH_MS, type PendingStop, type WatchedStop } from './reconcile'

const T = 1_000_000
const pending = (entries: [string, number | null][]) =>
  new Map<string, PendingStop>(
    entries.map(([id, acceptedAt]) => [id, { name: id, requestedAt: T - 10, acceptedAt }]),
  )
const watched = (ids: string[]) =>
  new Map<string, WatchedStop>(ids.map((id) => [id, { name: id, acceptedAt: T }]))

describe('reconcileStops', () => {
  it('keeps the optimistic Stopping until a list loaded after the stop shows the real status', () => {
    const stops = pending([
      ['a', T],
      ['b', null],
    ])
    const stale = reconcileStops(stops, new Map(), [{ id: 'a', status: 'Stopping' }], T - 1, T)
    expect(stale.pending).toBe(stops)
    const fresh = reconcileStops(stops, new Map(), [{ id: 'a', status: 'Stopping' }], T + 1, T + 1)
    expect([...fresh.pending.keys()]).toEqual(['b'])
  })

  it('keeps it while a later list still shows the instance running', () => {
    const stops = pending([['a', T]])
    const result = reconcileStops(stops, new Map(), [{ id: 'a', status: 'Running' }], T + 5, T + 5)
    expect(result.pending).toBe(stops)
    const late = reconcileStops(
      stops,
      new Map(),
      [{ id: 'a', status: 'Running' }],
      T + 5,
      T + WATCH_MS,
    )
    expect(late.pending.size).toBe(0)
  })

  it('ends a watch when the list shows the instance stopped or gone, not while Stopping', () => {
    const list = [
      { id: 'a', status: 'Stopping' },
      { id: 'b', status: 'Stopped' },
    ]
    const result = reconcileStops(new Map(), watched(['a', 'b', 'c']), list, T + 1, T + 1)
    expect([...result.watched.keys()]).toEqual(['a'])
    expect(result.settled).toEqual([
      { id: 'b', name: 'b', status: 'Stopped', timedOut: false },
      { id: 'c', name: 'c', status: null, timedOut: false },
    ])
  })

  it('gives up watching two minutes after the stop was accepted', () => {
    const list = [{ id: 'a', status: 'Stopping' }]
    const result = reconcileStops(new Map(), watched(['a']), list, T + 1, T + WATCH_MS)
    expect(result.watched.size).toBe(0)
    expect(result.settled).toEqual([{ id: 'a', name: 'a', status: 'Stopping', timedOut: true }])
  })
})
