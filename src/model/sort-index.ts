import type { Instance } from '../api/instance'
import { onIdle, type Idle } from '../lib/idle'
import { COLUMN_IDS, type ColumnId } from './column-ids'
import { nameOrder, rankOrder } from './rank-order'
import { NO_SORT_CONTEXT, type Sort, type SortContext, type SortSpecs } from './sort'

/** The sorted orders of one data array, each computed on first use (or ahead, in idle time). */
export interface SortIndex {
  /** `all` in `sort`'s order: the same order as `sortInstances(all, specs[id], desc, context)`. */
  sorted: (sort: Sort, context?: SortContext) => readonly Instance[]
  /**
   * Computes the orders not computed yet, one per idle callback, so that a click on a column not
   * sorted before finds its order ready; those that read the context for `context`, when given.
   * Returns a function that stops it.
   */
  warm: (context?: SortContext) => () => void
}

/**
 * Ranks every instance once per data array by (name, id), the tie-break of every sort, and keeps
 * each column's order per direction once computed, so that sorting again by a column already
 * seen, or filtering, costs no sort. An order is computed by ranking the column's distinct values
 * and sorting one number per instance natively (rank-order.ts). Orders of columns whose keys read
 * the context are kept per context object (a new load or new observations make a new one).
 */
export function createSortIndex(
  all: readonly Instance[],
  specs: SortSpecs,
  idle: Idle = onIdle(),
): SortIndex {
  const names = nameOrder(all)
  const cache = new Map<string, readonly Instance[]>()
  const byContext = new WeakMap<SortContext, Map<string, readonly Instance[]>>()
  const cacheFor = (id: ColumnId, context: SortContext) => {
    if (!specs[id].readsContext) return cache
    let orders = byContext.get(context)
    if (!orders) byContext.set(context, (orders = new Map<string, readonly Instance[]>()))
    return orders
  }
  const order = ({ id, desc }: Sort, context: SortContext) =>
    id === 'name' && !desc
      ? Array.from(names.positions, (position) => all[position] as Instance)
      : rankOrder(all, names, specs[id].keys, desc, context)
  const sorted = (sort: Sort, context = NO_SORT_CONTEXT) => {
    const orders = cacheFor(sort.id, context)
    const key = `${sort.id}:${sort.desc}`
    let result = orders.get(key)
    if (!result) {
      result = order(sort, context)
      orders.set(key, result)
    }
    return result
  }
  const warm = (context?: SortContext) => {
    // Each column's first-click order before any column's second: a first click is the likelier.
    const columns = COLUMN_IDS.filter((id) => context || !specs[id].readsContext)
    const pending = [true, false].flatMap((firstClick) =>
      columns.map((id) => ({ id, desc: firstClick === Boolean(specs[id].descFirst) })),
    )
    let cancel = () => {}
    const next = () => {
      if (pending.length === 0) return
      cancel = idle((timeLeft) => {
        do {
          const sort = pending.shift()
          if (sort) sorted(sort, context)
        } while (pending.length > 0 && timeLeft())
        next()
      })
    }
    next()
    return () => cancel()
  }
  return { sorted, warm }
}
