import { FACET_TITLES, facetValueLabel } from './facet-labels'
import { FACET_KEYS, type FacetKey, type Filters } from './view-state'

export interface ActiveFilter {
  key: 'q' | FacetKey
  value: string
  /** How the filter reads: `Status: Running`, `Search: “llama”`. */
  label: string
}

/** Every filter the view applies, in toolbar order, each removable on its own. */
export function activeFilters(filters: Filters): ActiveFilter[] {
  const search: ActiveFilter[] = filters.q.trim()
    ? [{ key: 'q', value: filters.q, label: `Search: “${filters.q.trim()}”` }]
    : []
  return search.concat(
    FACET_KEYS.flatMap((key) =>
      filters[key].map((value) => ({
        key,
        value,
        label: `${FACET_TITLES[key]}: ${facetValueLabel(key, value)}`,
      })),
    ),
  )
}

/** The view patch that drops one filter and keeps the rest. */
export function withoutFilter(filters: Filters, filter: ActiveFilter): Partial<Filters> {
  if (filter.key === 'q') return { q: '' }
  const values: readonly string[] = filters[filter.key]
  return { [filter.key]: values.filter((value) => value !== filter.value) }
}
