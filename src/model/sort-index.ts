import type { Instance } from '../api/instance'
import {
  compareValues,
  CONTEXT_SORTED,
  NO_SORT_CONTEXT,
  SORT_KEYS,
  type Sort,
  type SortContext,
} from './sort'

/** The sorted orders of one data array, each computed on first use and then reused. */
export interface SortIndex {
  /** `all` in `sort`'s order: the same order as `sortInstances(all, sort, context)`. */
  sorted: (sort: Sort, context?: SortContext) => readonly Instance[]
}

/**
 * The positions of `all` in (sortName, id) order, and each instance's rank in it: the tie-break of
 * every sort, as one int.
 */
function byName(all: readonly Instance[]): { positions: number[]; ranks: Int32Array } {
  const positions = Array.from(all.keys()).sort((a, b) => {
    const x = all[a]
    const y = all[b]
    if (!x || !y) return 0
    return compareValues(x.sortName, y.sortName, false) || compareValues(x.id, y.id, false)
  })
  const ranks = new Int32Array(all.length)
  positions.forEach((index, rank) => (ranks[index] = rank))
  return { positions, ranks }
}

function sortedBy(
  all: readonly Instance[],
  ranks: Int32Array,
  sort: Sort,
  context: SortContext,
): readonly Instance[] {
  const { desc } = sort
  // One array of values per key, computed n times rather than n log n times.
  const columns = SORT_KEYS[sort.id].map((key) => all.map((instance) => key(instance, context)))
  const positions = Array.from(all.keys())
  positions.sort((a, b) => {
    for (const values of columns) {
      const order = compareValues(values[a] ?? null, values[b] ?? null, desc)
      if (order !== 0) return order
    }
    return (ranks[a] ?? 0) - (ranks[b] ?? 0)
  })
  return positions.map((position) => all[position] as Instance)
}

/**
 * Precomputes, once per data array, the name rank that breaks ties, and caches each column's
 * order per direction, so that sorting again by a column already seen, or filtering, costs no sort.
 * Columns whose keys read the context (CONTEXT_SORTED) are not cached: their order is computed
 * for the context given, and the caller memoises it on that context.
 */
export function createSortIndex(all: readonly Instance[]): SortIndex {
  const names = byName(all)
  const { ranks } = names
  const cache = new Map<string, readonly Instance[]>()
  // The name column ascending is the tie-break order itself.
  cache.set(
    'name:false',
    names.positions.map((position) => all[position] as Instance),
  )
  return {
    sorted(sort, context = NO_SORT_CONTEXT) {
      if (CONTEXT_SORTED.has(sort.id)) return sortedBy(all, ranks, sort, context)
      const key = `${sort.id}:${sort.desc}`
      let result = cache.get(key)
      if (!result) {
        result = sortedBy(all, ranks, sort, context)
        cache.set(key, result)
      }
      return result
    },
  }
}
