import { describe, expect, it } from 'vitest'
import { instancesOf } from '../testing/test-instances'
import { overBudgetBy, parseBudget } from './budget'
import { appendChanges, type Change } from './change-log'
import { pinnedFirst } from './pinned-order'
import { spendSoFarCell } from './memory-export'
import { spendSoFar } from './spend-so-far'

const HOUR = 3_600_000

describe('budget', () => {
  it('reads what people type, and says what is wrong', () => {
    expect(parseBudget(' $1,200.50 ')).toEqual({ ok: true, value: 1200.5 })
    expect(parseBudget('')).toEqual({ ok: true, value: null })
    expect(parseBudget('abc')).toMatchObject({ ok: false })
    expect(parseBudget('-5')).toMatchObject({ ok: false })
    expect(parseBudget('0')).toMatchObject({ ok: false })
  })

  it('is over only past the budget', () => {
    expect(overBudgetBy(120, 100)).toBe(20)
    expect(overBudgetBy(100, 100)).toBeNull()
    expect(overBudgetBy(500, null)).toBeNull()
  })
})

describe('pins', () => {
  it('come first in the order they had, the rest after in theirs', () => {
    const rows = instancesOf({ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' })
    const order = pinnedFirst(rows, new Set(['c', 'a']))
    expect(order.map((row) => row.id)).toEqual(['a', 'c', 'b', 'd'])
    expect(pinnedFirst(rows, new Set())).toBe(rows)
    expect(pinnedFirst(rows, new Set(['gone']))).toBe(rows)
  })
})

describe('spend so far', () => {
  it('is the hourly figure over the billed time, from creation or else first sight', () => {
    const [running] = instancesOf({ id: 'a', price: 2, createdAt: HOUR })
    if (!running) throw new Error('no instance')
    expect(spendSoFar(running, null, 4 * HOUR)).toBe(6)
    expect(spendSoFarCell(running, {}, 4 * HOUR)).toBe('6.00')
    const unknownStart = { ...running, createdAt: null }
    expect(spendSoFar(unknownStart, HOUR, 3 * HOUR)).toBe(4)
    expect(spendSoFar(unknownStart, null, 3 * HOUR)).toBeNull()
    expect(spendSoFarCell(unknownStart, {}, 3 * HOUR)).toBe('')
    expect(spendSoFarCell(unknownStart, { firstSeen: HOUR }, 3 * HOUR)).toBe('4.00')
  })
})

describe('the Changes log', () => {
  const change = (id: string, at: number, to = 'Running'): Change => ({
    kind: 'status',
    id,
    name: id,
    from: 'Starting',
    to,
    at,
  })

  it('puts new changes first, leaves out one another tab logged, drops the old', () => {
    const log = [change('a', 1000)]
    expect(appendChanges(log, [change('a', 2000)], 3000, 10_000)).toBe(log)
    const next = appendChanges(log, [change('b', 2000)], 3000, 10_000)
    expect(next.map((entry) => entry.id)).toEqual(['b', 'a'])
    expect(appendChanges(next, [], 20_000, 10_000)).toEqual([])
  })
})
