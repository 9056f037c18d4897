import type { Instance } from '../api/instance'
import { FACET_VALUE, labelsOf, NO_FILTER_CONTEXT, predicate, type FilterContext } from './filters'
import { FACET_KEYS, type FacetKey, type Filters } from './view-state'

/*
 * A facet's options and their counts, for its open panel (loaded on first use, apart from the
 * filtering the first paint needs).
 */

export interface FacetOption {
  value: string
  count: number
}

/** How many instances that match everything but facet `key` have each of its values. */
export function facetCounts(
  instances: readonly Instance[],
  filters: Filters,
  key: FacetKey,
  context: FilterContext = NO_FILTER_CONTEXT,
): ReadonlyMap<string, number> {
  const matches = predicate(filters, context, key)
  const counts = new Map<string, number>()
  if (key === 'label') return labelCounts(instances.filter(matches), context)
  const value = FACET_VALUE[key]
  for (const instance of instances) {
    if (!matches(instance)) continue
    const v = value(instance, context)
    counts.set(v, (counts.get(v) ?? 0) + 1)
  }
  return counts
}

/** How many instances carry each label (any case counts as one, named as first met). */
function labelCounts(instances: readonly Instance[], context: FilterContext): Map<string, number> {
  const names = new Map<string, string>()
  const counts = new Map<string, number>()
  for (const instance of instances) {
    for (const label of labelsOf(instance, context)) {
      const key = label.toLowerCase()
      const name = names.get(key) ?? label
      names.set(key, name)
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  return counts
}

/**
 * A key that changes when facet `key`'s counts may change: the search and the other facets (its
 * own selection only ticks its boxes), so that toggling one of its values counts nothing again.
 */
export function facetCountsKey(filters: Filters, key: FacetKey): string {
  return JSON.stringify([filters.q, ...FACET_KEYS.map((k) => (k === key ? [] : filters[k]))])
}

/** The options, most instances first, plus any value `selected` that no instance has (count 0). */
export function facetOptions(
  counts: ReadonlyMap<string, number>,
  selected: readonly string[],
): FacetOption[] {
  const options = new Map(counts)
  for (const value of selected) if (!options.has(value)) options.set(value, 0)
  return [...options]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

/**
 * A facet's options with counts among the instances that match everything else (search and the
 * other facets), plus any value selected in the URL that no instance has (count 0).
 */
export function facetOptionCounts(
  instances: readonly Instance[],
  filters: Filters,
  key: FacetKey,
  context: FilterContext = NO_FILTER_CONTEXT,
): FacetOption[] {
  return facetOptions(facetCounts(instances, filters, key, context), filters[key])
}
