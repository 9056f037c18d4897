import { pageUrl } from '../lib/use-location-search'
import { parseViewState, serializeViewState, type ViewState } from './view-state'

/**
 * The view as a query string without the open instance: search, facets, sort and hidden columns,
 * normalised by the same parser as the address bar (unknown keys and bad values dropped).
 */
export function viewSearch(view: ViewState): string {
  return serializeViewState({ ...view, instance: null })
}

/** A query string from elsewhere (storage, a file) made into a view search as above. */
export function normaliseSearch(search: string): string {
  return viewSearch(parseViewState(search))
}

/** The dashboard's address with that view: what a bookmark or a shared link holds. */
export function viewLink(search: string): string {
  return pageUrl(search)
}
