import { describe, expect, it } from 'vitest'
import type { ColumnId } from '../model/column-ids'
import { sortInstances } from '../model/sort'
import { instancesOf } from '../testing/test-instances'
import { SORT_SPECS, sortByColumnId } from './instance-columns'

const fleet = instancesOf(
  {
    id: 'a',
    name: 'node-10',
    status: 'Running',
    price: 2,
    chargeMode: 'perHour',
    createdAt: 3000,
    rootUsed: 50,
  },
  {
    id: 'b',
    name: 'node-9',
    status: 'Stopped',
    price: 24,
    chargeMode: 'perDay',
    createdAt: 1000,
    rootUsed: 95,
  },
  {
    id: 'c',
    name: 'Node-2',
    status: 'StartingFailed',
    price: 1440,
    chargeMode: 'perMonth',
    createdAt: 2000,
  },
  { id: 'd', name: 'alpha', status: 'Mystery', price: 5, chargeMode: 'unknownMode' },
  {
    id: 'e',
    name: 'beta',
    status: 'Starting',
    price: 0.5,
    chargeMode: 'tidePerHour',
    createdAt: 4000,
    rootUsed: 10,
  },
)
const order = (id: ColumnId, desc = false) =>
  sortInstances(fleet, SORT_SPECS[id], desc).map((i) => i.id)

describe('sortInstances', () => {
  it('sorts names naturally and case-insensitively', () => {
    expect(order('name')).toEqual(['d', 'e', 'c', 'b', 'a'])
  })

  it('sorts status by severity (failed, running, transitional, stopped, unknown), then name', () => {
    expect(order('status')).toEqual(['c', 'a', 'e', 'b', 'd'])
  })

  it('sorts price as hourly numbers, with unknown prices last in both directions', () => {
    // hourly: a 2, b 1, c 2, d null, e 0.5
    expect(order('price')).toEqual(['e', 'b', 'c', 'a', 'd'])
    expect(order('price', true)).toEqual(['c', 'a', 'b', 'e', 'd'])
  })

  it('keeps instances without a creation time last', () => {
    expect(order('created')).toEqual(['b', 'c', 'a', 'e', 'd'])
    expect(order('created', true)).toEqual(['e', 'a', 'c', 'b', 'd'])
  })

  it('sorts disks by the fuller disk percentage', () => {
    expect(order('disk', true).slice(0, 3)).toEqual(['b', 'a', 'e'])
  })

  it('does not change the input', () => {
    const before = fleet.map((i) => i.id)
    sortInstances(fleet, SORT_SPECS.name, true)
    expect(fleet.map((i) => i.id)).toEqual(before)
  })
})

describe('sorting by time in status', () => {
  it('puts the longest observed first when descending, unobserved last', () => {
    const observations = new Map([
      ['a', { status: 'Running', since: 5000, seenStart: true }],
      ['b', { status: 'Stopped', since: 1000, seenStart: false }],
      ['c', { status: 'Running', since: 3000, seenStart: false }], // c is StartingFailed now
    ])
    const sorted = sortInstances(fleet, SORT_SPECS.since, true, { observations })
    expect(sorted.map((i) => i.id).slice(0, 2)).toEqual(['b', 'a'])
    expect(
      sorted
        .map((i) => i.id)
        .slice(2)
        .sort(),
    ).toEqual(['c', 'd', 'e'])
  })
})

describe('sortByColumnId', () => {
  it('reverses the column already sorted by', () => {
    expect(sortByColumnId({ id: 'price', desc: true }, 'price')).toEqual({
      id: 'price',
      desc: false,
    })
    expect(sortByColumnId({ id: 'name', desc: false }, 'name')).toEqual({ id: 'name', desc: true })
  })

  it("starts another column in its first direction: biggest or newest first where that is what's asked", () => {
    expect(sortByColumnId({ id: 'name', desc: false }, 'price')).toEqual({
      id: 'price',
      desc: true,
    })
    expect(sortByColumnId({ id: 'price', desc: true }, 'region')).toEqual({
      id: 'region',
      desc: false,
    })
  })
})
