import { useMemo } from 'react'
import type { Instance } from '../../api/instance'
import { CheckOption } from '../../components/check-option'
import { plural } from '../../lib/format'
import { facetCounts, facetCountsKey, facetOptions } from '../../model/facet-counts'
import { FACET_TITLES, facetValueLabel } from '../../model/facet-labels'
import type { FilterContext } from '../../model/filters'
import type { FacetKey, Filters } from '../../model/view-state'

export interface FacetOptionsProps {
  facet: FacetKey
  instances: readonly Instance[]
  filters: Filters
  onChange: (values: string[]) => void
  /** Which instances need attention, for the Attention facet. */
  context?: FilterContext
  /** Set while pages are still loading: the counts cover only what has arrived. */
  partial?: string
}

/**
 * The options with their counts; rendered (and counted) only while the popover is open, and
 * counted again only when the search or another facet changes, not when one of its boxes is ticked.
 */
export function FacetOptions({
  facet,
  instances,
  filters,
  onChange,
  context,
  partial,
}: FacetOptionsProps) {
  const selected: readonly string[] = filters[facet]
  const countsKey = facetCountsKey(filters, facet)
  const counts = useMemo(
    () => facetCounts(instances, filters, facet, context),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- countsKey is what counts of `filters`
    [instances, countsKey, facet, context],
  )
  return (
    <>
      {partial && <p className="px-2 pb-1 text-xs text-fg-muted">Counts so far: {partial}</p>}
      {facetOptions(counts, selected).map((option) => (
        <CheckOption
          key={option.value}
          label={facetValueLabel(facet, option.value)}
          detail={plural(option.count, 'instance')}
          checked={selected.includes(option.value)}
          onChange={(checked) =>
            onChange(
              checked
                ? [...selected, option.value]
                : selected.filter((value) => value !== option.value),
            )
          }
        />
      ))}
      {selected.length > 0 && (
        <button
          type="button"
          onClick={() => onChange([])}
          className="mt-1 w-full rounded px-2 py-1.5 text-left text-sm text-link hover:bg-surface-hover"
        >
          Clear {FACET_TITLES[facet].toLowerCase()} filter
        </button>
      )}
    </>
  )
}
