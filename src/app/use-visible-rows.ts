import { useEffect, useMemo } from 'react'
import type { Instance } from '../api/instance'
import {
  filterInstances,
  NO_FILTER_CONTEXT,
  type FilterContext,
  type KeptInstances,
} from '../model/filters'
import { SORT_SPECS } from '../columns/instance-columns'
import { pinnedFirst } from '../model/pinned-order'
import { NO_SORT_CONTEXT, type SortContext } from '../model/sort'
import { createSortIndex } from '../model/sort-index'
import { filterKeyOf, parseViewState, type ViewState } from '../model/view-state'

/**
 * The instances the view shows, in its order. The whole data array is sorted through a sort index
 * built once per data array (each column's order computed on first use, then reused), and the
 * sorted array is filtered (filtering keeps the order): a filter change costs no sort, and a
 * sort by a column already seen costs no sort either; after each data change (or change of what
 * the dashboard observed) the other columns' orders are computed in idle time, so that sorting by
 * a column not used yet costs no sort either.
 * An instance whose stop's outcome is on screen stays in view until it is dismissed, even when the
 * list now shows it Stopping in a Running view (unless the user's own filters no longer match it).
 */
export function useVisibleRows(
  all: readonly Instance[],
  view: ViewState,
  context?: FilterContext & SortContext,
  /** More pages are on their way: the data array is about to be replaced, so nothing is warmed. */
  partial = false,
  /** Instances the user pinned: first in any sort. */
  pinned: ReadonlySet<string> = NO_PINS,
  /** Stops whose outcome is on screen, as they were when sent (useKeptInstances). */
  kept?: KeptInstances,
): readonly Instance[] {
  const index = useMemo(() => createSortIndex(all, SORT_SPECS), [all])
  // The other columns' orders, computed while the browser is idle: a click finds them ready. Not
  // while pages arrive: at 10,000 instances that was 1.6 s of main thread spent on orders that
  // the next page made stale, and it held back the requests for the pages still to come.
  // The columns that read the context (time in status, spend) are warmed for this context.
  useEffect(() => (partial ? undefined : index.warm(context)), [index, partial, context])
  // The observations count only while sorting by time in status.
  const { id, desc } = view.sort
  const sortContext = context && SORT_SPECS[id].readsContext ? context : NO_SORT_CONTEXT
  const sorted = useMemo(
    () => index.sorted({ id, desc }, sortContext),
    [index, id, desc, sortContext],
  )
  // Keyed by the filter part of the URL only, so that opening an instance does not re-filter; the
  // attention flags count only while the Attention facet is in use, the labels while a search or
  // the Label facet is.
  const filterKey = filterKeyOf(view)
  const usesContext = view.attention.length > 0 || view.label.length > 0 || view.q.trim() !== ''
  const filterContext = context && usesContext ? context : NO_FILTER_CONTEXT
  const filtered = useMemo(
    () => filterInstances(sorted, parseViewState(filterKey), filterContext, kept),
    [sorted, filterKey, filterContext, kept],
  )
  return useMemo(() => pinnedFirst(filtered, pinned), [filtered, pinned])
}

const NO_PINS: ReadonlySet<string> = new Set()
