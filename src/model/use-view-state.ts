import { useCallback, useMemo } from 'react'
import { currentSearch, navigateSearch, useLocationSearch } from '../lib/use-location-search'
import { parseViewState, serializeViewState, type ViewState } from './view-state'

export type UpdateView = (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void

/** The view (search, facets, sort, columns, open instance) is the URL; this reads and writes it. */
export function useViewState(): [ViewState, UpdateView] {
  const search = useLocationSearch()
  const view = useMemo(() => parseViewState(search), [search])
  const update = useCallback<UpdateView>((patch, mode = 'push') => {
    const current = parseViewState(currentSearch())
    navigateSearch(serializeViewState({ ...current, ...patch }), mode)
  }, [])
  return [view, update]
}
