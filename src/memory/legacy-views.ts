import type { StoredView } from '../model/memory-store'

// The saved-views feature checks each view again as it reads them (stored-views.ts); these only
// keep an odd entry from growing the store.
const MAX_VIEWS = 100
const MAX_SEARCH = 2_000

/** Where saved views were kept before the account store (one list per browser). */
export const LEGACY_VIEWS_KEY = 'hpcai.savedViews'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The views an earlier version kept in localStorage, leniently (an entry that is not one is left out). */
export function readLegacyViews(): StoredView[] {
  let value: unknown
  try {
    const text = window.localStorage.getItem(LEGACY_VIEWS_KEY)
    value = text ? JSON.parse(text) : null
  } catch {
    return []
  }
  const entries = isRecord(value) && Array.isArray(value.views) ? value.views : []
  return entries
    .filter(
      (entry): entry is StoredView =>
        isRecord(entry) &&
        typeof entry.name === 'string' &&
        typeof entry.search === 'string' &&
        entry.name.trim() !== '' &&
        entry.search.length <= MAX_SEARCH,
    )
    .slice(0, MAX_VIEWS)
    .map(({ name, search }) => ({ name, search }))
}
