import type { Instance } from '../api/instance'
import { STATUS_GROUP_RANK } from '../lib/status'
import { DESCENDING_FIRST, type ColumnId } from './column-ids'
import { NO_OBSERVATIONS, type Observations } from './observations'

export interface Sort {
  id: ColumnId
  desc: boolean
}

/**
 * The sort asked for by choosing a column (a header click, the phone's Sort by): the other
 * direction of the column already sorted by, else the column's first direction.
 */
export const sortByColumn = (current: Sort, id: ColumnId): Sort =>
  current.id === id ? { id, desc: !current.desc } : { id, desc: DESCENDING_FIRST.has(id) }

export type SortValue = number | string | null
type Value = SortValue

/** What sorting needs beyond the instance itself: what this page observed of statuses. */
export interface SortContext {
  observations: Observations
}

export const NO_SORT_CONTEXT: SortContext = { observations: NO_OBSERVATIONS }

export type SortKey = (instance: Instance, context: SortContext) => Value
type Key = SortKey

/** Columns whose order depends on the sort context (re-sorted when it changes). */
export const CONTEXT_SORTED: ReadonlySet<ColumnId> = new Set<ColumnId>(['since'])

/**
 * The values each column sorts by; null (unknown) always sorts last, whichever the direction.
 * Strings are precomputed sort keys (`sortName`, lower-cased), compared by code unit: no Collator
 * on the hot path, which keeps a sort of 10,000 rows well inside one frame budget.
 */
export const SORT_KEYS: Record<ColumnId, [Key, ...Key[]]> = {
  name: [(i) => i.sortName],
  status: [(i) => STATUS_GROUP_RANK[i.statusGroup], (i) => i.status],
  gpu: [(i) => i.gpuCount, (i) => i.gpuType.toLowerCase()],
  cpu: [(i) => i.cpuCount],
  memory: [(i) => i.memory.amount],
  region: [(i) => i.region.name.toLowerCase() || null, (i) => i.region.location.toLowerCase()],
  price: [(i) => i.billing.hourly],
  disk: [(i) => i.diskPercent],
  created: [(i) => i.createdAt],
  stops: [(i) => i.scheduledStopAt],
  // Longer in its status = earlier first sighting: the negated time sorts as a duration.
  since: [
    (i, context) => {
      const seen = context.observations.get(i.id)
      return seen && seen.status === i.status ? -seen.since : null
    },
  ],
}

export function compareValues(a: Value, b: Value, desc: boolean): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  const order = a < b ? -1 : 1
  return desc ? -order : order
}

/** Sorts a copy; ties fall back to the name (ascending), then the id, so the order is stable. */
export function sortInstances(
  instances: readonly Instance[],
  sort: Sort,
  context: SortContext = NO_SORT_CONTEXT,
): Instance[] {
  const keys = SORT_KEYS[sort.id]
  // Decorate once so that each key is computed n times rather than n log n times.
  const decorated = instances.map((instance) => ({
    instance,
    values: keys.map((key) => key(instance, context)),
  }))
  decorated.sort((a, b) => {
    for (let index = 0; index < keys.length; index++) {
      const order = compareValues(a.values[index] ?? null, b.values[index] ?? null, sort.desc)
      if (order !== 0) return order
    }
    return (
      compareValues(a.instance.sortName, b.instance.sortName, false) ||
      compareValues(a.instance.id, b.instance.id, false)
    )
  })
  return decorated.map((entry) => entry.instance)
}
