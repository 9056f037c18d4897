import type { Instance } from '../api/instance'
import { NO_FILTER_CONTEXT, predicate, type FilterContext, type KeptInstances } from './filters'
import { hasFilters, type Filters } from './view-state'

const NO_IDS: ReadonlySet<string> = new Set()

/** Of the kept instances, the ids of those shown only because they are kept. */
export function keptOutside(
  instances: readonly Instance[],
  filters: Filters,
  context: FilterContext = NO_FILTER_CONTEXT,
  kept: KeptInstances,
): ReadonlySet<string> {
  if (kept.size === 0 || !hasFilters(filters)) return NO_IDS
  const matches = predicate(filters, context)
  const outside = instances.filter((instance) => {
    const before = kept.get(instance.id)
    return before !== undefined && matches(before) && !matches(instance)
  })
  return outside.length > 0 ? new Set(outside.map((instance) => instance.id)) : NO_IDS
}
