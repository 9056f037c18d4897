import { useMemo } from 'react'
import type { Instance } from '../api/instance'
import { filterInstances } from '../model/filters'
import { sortInstances } from '../model/sort'
import { filterKeyOf, parseViewState, type ViewState } from '../model/view-state'

/** The instances the view shows, in its order; recomputed only when the data, filters or sort change. */
export function useVisibleRows(all: readonly Instance[], view: ViewState): readonly Instance[] {
  // Keyed by the filter part of the URL only, so that opening an instance does not re-filter.
  const filterKey = filterKeyOf(view)
  const filtered = useMemo(() => filterInstances(all, parseViewState(filterKey)), [all, filterKey])
  const { id, desc } = view.sort
  return useMemo(() => sortInstances(filtered, { id, desc }), [filtered, id, desc])
}
