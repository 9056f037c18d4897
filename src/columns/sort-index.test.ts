import { describe, expect, it } from 'vitest'
import { COLUMN_IDS } from '../model/column-ids'
import { filterInstances } from '../model/filters'
import { sortInstances, type Sort, type SortContext } from '../model/sort'
import { createSortIndex } from '../model/sort-index'
import { parseViewState } from '../model/view-state'
import { instancesOf } from '../testing/test-instances'
import { SORT_SPECS } from './instance-columns'

const sorted = (fleet: Parameters<typeof sortInstances>[0], sort: Sort, context?: SortContext) =>
  sortInstances(fleet, SORT_SPECS[sort.id], sort.desc, context)

/** A small deterministic PRNG (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Few distinct values per field, so that ties are common; unknown values in every column that has them. */
function randomFleet(seed: number, count: number) {
  const next = random(seed)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T
  return instancesOf(
    ...Array.from({ length: count }, (_, index) => ({
      // Ids out of order, and some names shared (in different cases) by several instances.
      id: `i-${Math.floor(next() * 1e6).toString(36)}-${index}`,
      name: pick(['alpha', 'Alpha', 'beta', 'node-2', 'node-10', 'Node-9', '', 'zeta']),
      status: pick(['Running', 'Stopped', 'Starting', 'StartingFailed', 'Mystery', '']),
      healthy: next() < 0.8,
      gpu: pick([
        { amount: 0, type: '' },
        { amount: 8, type: 'H100' },
        { amount: 8, type: 'h200' },
        { amount: 1, type: 'A100' },
      ]),
      region: pick(['asia-sg-1', 'us-east-1', '']),
      price: pick([0, 0.5, 2, 2, 24]),
      chargeMode: pick(['perHour', 'perDay', 'perMonth', 'tidePerHour', 'unknownMode']),
      spot: next() < 0.2,
      createdAt: pick([0, 1000, 2000, 2000, 3000]),
      rootUsed: pick([0, 10, 50, 50, 95]),
    })),
  )
}

const ids = (instances: readonly { id: string }[]) => instances.map((i) => i.id)

describe('createSortIndex', () => {
  for (const seed of [1, 2, 3]) {
    it(`gives sortInstances' order for every column, both directions (random data, seed ${seed})`, () => {
      const fleet = randomFleet(seed, 400)
      const index = createSortIndex(fleet, SORT_SPECS)
      for (const id of COLUMN_IDS)
        for (const desc of [false, true])
          expect(ids(index.sorted({ id, desc })), `${id} ${desc ? 'desc' : 'asc'}`).toEqual(
            ids(sorted(fleet, { id, desc })),
          )
    })
  }

  it('keeps unknown values last in both directions, as sortInstances does', () => {
    const fleet = randomFleet(7, 200)
    const index = createSortIndex(fleet, SORT_SPECS)
    for (const desc of [false, true]) {
      const sorted = index.sorted({ id: 'created', desc })
      const firstUnknown = sorted.findIndex((i) => i.createdAt === null)
      expect(firstUnknown).toBeGreaterThan(0)
      expect(sorted.slice(firstUnknown).every((i) => i.createdAt === null)).toBe(true)
    }
  })

  it('reuses an order already computed, and filtering the sorted list equals sorting the filtered list', () => {
    const fleet = randomFleet(4, 300)
    const index = createSortIndex(fleet, SORT_SPECS)
    const sort = { id: 'price', desc: true } as const
    expect(index.sorted(sort)).toBe(index.sorted({ ...sort }))
    const filters = parseViewState('?status=Running,Stopped&q=node')
    expect(ids(filterInstances(index.sorted(sort), filters))).toEqual(
      ids(sorted(filterInstances(fleet, filters), sort)),
    )
  })

  it('re-sorts a context-sorted column when the observations change', () => {
    const fleet = randomFleet(5, 50)
    const index = createSortIndex(fleet, SORT_SPECS)
    const sort = { id: 'since', desc: true } as const
    const observe = (offset: number) => ({
      observations: new Map(
        fleet.map((instance, position) => [
          instance.id,
          { status: instance.status, since: ((position + offset) % 7) * 1000, seenStart: true },
        ]),
      ),
    })
    for (const context of [observe(0), observe(3)])
      expect(ids(index.sorted(sort, context))).toEqual(ids(sorted(fleet, sort, context)))
    expect(ids(index.sorted(sort, observe(0)))).not.toEqual(ids(index.sorted(sort, observe(3))))
  })

  it("warms every column's first-click order before any column's other one", () => {
    const fleet = randomFleet(9, 60)
    let keyReads = 0
    const specs = Object.fromEntries(
      COLUMN_IDS.map((id) => [
        id,
        {
          ...SORT_SPECS[id],
          keys: SORT_SPECS[id].keys.map((key) => (...args: Parameters<typeof key>) => {
            keyReads++
            return key(...args)
          }),
        },
      ]),
    ) as unknown as typeof SORT_SPECS
    const tasks: (() => void)[] = []
    const index = createSortIndex(fleet, specs, (run) => {
      tasks.push(() => run(() => false))
      return () => {}
    })
    index.warm()
    const columns = COLUMN_IDS.filter((id) => !specs[id].readsContext)
    // One order per idle task: after as many tasks as columns, every first click is ready.
    for (let task = 0; task < columns.length; task++) tasks.shift()?.()
    const before = keyReads
    for (const id of columns) index.sorted({ id, desc: Boolean(specs[id].descFirst) })
    expect(keyReads).toBe(before)
    index.sorted({ id: 'gpu', desc: false }) // GPU sorts descending first: its other order waits
    expect(keyReads).toBeGreaterThan(before)
  })

  it("keeps a context-sorted column's order per context, and warms it for the context given", () => {
    const fleet = randomFleet(8, 80)
    const context = {
      observations: new Map(
        fleet.map((instance, position) => [
          instance.id,
          { status: instance.status, since: (position % 5) * 1000, seenStart: true },
        ]),
      ),
    }
    const sort = { id: 'since', desc: false } as const
    const index = createSortIndex(fleet, SORT_SPECS, (run) => (run(() => true), () => {}))
    index.warm(context)
    const warmed = index.sorted(sort, context)
    expect(ids(warmed)).toEqual(ids(sorted(fleet, sort, context)))
    expect(index.sorted({ ...sort }, context)).toBe(warmed)
    // Another context (a new load, new observations) is another order.
    expect(index.sorted(sort, { ...context })).not.toBe(warmed)
  })

  it('computes every other order ahead when warmed, and stops when told', () => {
    const fleet = randomFleet(6, 120)
    const tasks: (() => void)[] = []
    const index = createSortIndex(fleet, SORT_SPECS, (run) => {
      const task = () => run(() => false)
      tasks.push(task)
      return () => tasks.splice(tasks.indexOf(task), 1)
    })
    const stop = index.warm()
    tasks.shift()?.()
    tasks.shift()?.()
    stop()
    expect(tasks).toEqual([])
    const warmed = createSortIndex(fleet, SORT_SPECS, (run) => (run(() => true), () => {}))
    warmed.warm()
    const sort = { id: 'created', desc: true } as const
    const before = warmed.sorted(sort)
    expect(ids(before)).toEqual(ids(sorted(fleet, sort)))
    expect(warmed.sorted(sort)).toBe(before)
  })
})
