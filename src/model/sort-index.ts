import type { Instance } from '../api/instance'
import { COLUMN_IDS } from './column-ids'
import { nameOrder, rankOrder } from './rank-order'
import { NO_SORT_CONTEXT, type Sort, type SortContext, type SortSpecs } from './sort'

/** The sorted orders of one data array, each computed on first use (or ahead, in idle time). */
export interface SortIndex {
  /** `all` in `sort`'s order: the same order as `sortInstances(all, specs[id], desc, context)`. */
  sorted: (sort: Sort, context?: SortContext) => readonly Instance[]
  /**
   * Computes the orders not computed yet, one per idle callback, so that a click on a column not
   * sorted before finds its order ready. Returns a function that stops it.
   */
  warm: () => () => void
}

/** Schedules `run` when the browser is idle; `run` is told whether there is time left. */
type Idle = (run: (timeLeft: () => boolean) => void) => () => void

/** requestIdleCallback where there is one (one order at least, more while the idle period lasts). */
const whenIdle: Idle = (run) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => run(() => deadline.timeRemaining() > 4))
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(() => run(() => false), 0)
  return () => clearTimeout(handle)
}

/**
 * Ranks every instance once per data array by (name, id), the tie-break of every sort, and keeps
 * each column's order per direction once computed, so that sorting again by a column already
 * seen, or filtering, costs no sort. An order is computed by ranking the column's distinct values
 * and sorting one number per instance natively (rank-order.ts). Columns whose keys read the
 * context are not cached: the caller memoises them on that context.
 */
export function createSortIndex(
  all: readonly Instance[],
  specs: SortSpecs,
  idle: Idle = whenIdle,
): SortIndex {
  const names = nameOrder(all)
  const cache = new Map<string, readonly Instance[]>()
  const order = ({ id, desc }: Sort, context: SortContext) =>
    id === 'name' && !desc
      ? Array.from(names.positions, (position) => all[position] as Instance)
      : rankOrder(all, names, specs[id].keys, desc, context)
  const sorted = (sort: Sort, context = NO_SORT_CONTEXT) => {
    if (specs[sort.id].readsContext) return order(sort, context)
    const key = `${sort.id}:${sort.desc}`
    let result = cache.get(key)
    if (!result) {
      result = order(sort, context)
      cache.set(key, result)
    }
    return result
  }
  const warm = () => {
    const pending = COLUMN_IDS.filter((id) => !specs[id].readsContext).flatMap((id) => [
      { id, desc: false },
      { id, desc: true },
    ])
    let cancel = () => {}
    const next = () => {
      if (pending.length === 0) return
      cancel = idle((timeLeft) => {
        do {
          const sort = pending.shift()
          if (sort) sorted(sort)
        } while (pending.length > 0 && timeLeft())
        next()
      })
    }
    next()
    return () => cancel()
  }
  return { sorted, warm }
}
