import { useCallback, useMemo } from 'react'
import { currentSearch, navigateSearch, useLocationSearchPart } from '../lib/use-location-search'
import { parseViewState, serializeViewState, type ViewState } from './view-state'

export type UpdateView = (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void

/** The query string less the open instance: what the list shows. */
const listPart = (search: string): string => {
  const params = new URLSearchParams(search)
  params.delete('instance')
  return params.toString()
}

const openPart = (search: string): string | null => parseViewState(search).instance

/**
 * The view of the list (search, facets, sort, columns: the URL less the open instance, always
 * null here) and a writer of the whole view. Opening or closing an instance re-renders nothing
 * that reads this: the drawer follows the open instance alone (useOpenInstance).
 */
export function useListViewState(): [ViewState, UpdateView] {
  const list = useLocationSearchPart(listPart)
  const view = useMemo(() => parseViewState(list), [list])
  const update = useCallback<UpdateView>((patch, mode = 'push') => {
    const current = parseViewState(currentSearch())
    navigateSearch(serializeViewState({ ...current, ...patch }), mode)
  }, [])
  return [view, update]
}

/** The instance the URL opens (`instance=`), or null. */
export function useOpenInstance(): string | null {
  return useLocationSearchPart(openPart)
}
