import { useMemo } from 'react'
import type { Instance } from '../api/instance'
import { filterInstances, NO_FILTER_CONTEXT, type FilterContext } from '../model/filters'
import { CONTEXT_SORTED, NO_SORT_CONTEXT, sortInstances, type SortContext } from '../model/sort'
import { filterKeyOf, parseViewState, type ViewState } from '../model/view-state'

/** The instances the view shows, in its order; recomputed only when the data, filters or sort change. */
export function useVisibleRows(
  all: readonly Instance[],
  view: ViewState,
  context?: FilterContext & SortContext,
): readonly Instance[] {
  // Keyed by the filter part of the URL only, so that opening an instance does not re-filter; the
  // attention flags count only while the Attention facet is in use, the observations only while
  // sorting by time in status.
  const filterKey = filterKeyOf(view)
  const filterContext = context && view.attention.length > 0 ? context : NO_FILTER_CONTEXT
  const filtered = useMemo(
    () => filterInstances(all, parseViewState(filterKey), filterContext),
    [all, filterKey, filterContext],
  )
  const { id, desc } = view.sort
  const sortContext = context && CONTEXT_SORTED.has(id) ? context : NO_SORT_CONTEXT
  return useMemo(
    () => sortInstances(filtered, { id, desc }, sortContext),
    [filtered, id, desc, sortContext],
  )
}
