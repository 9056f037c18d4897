import { normaliseSearch } from '../model/view-url'
import {
  MAX_SEARCH,
  MAX_VIEWS,
  cleanName,
  findView,
  nameProblem,
  type SavedView,
} from './saved-views'

/** What marks a set of saved views, in this browser's storage and in a file. */
export const FILE_FORMAT = 'hpcai-saved-views'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A view as kept: the name tidied, the query string through the URL parser (unknown keys dropped). */
export function keptView(name: string, search: string): SavedView {
  return { name: cleanName(name), search: normaliseSearch(search) }
}

/**
 * The views this browser kept, leniently (no validation library on the first paint): an entry
 * that is not a named view is left out, never an error, and keys an older version wrote are
 * ignored, in the entry and in its query string. Files are checked strictly (saved-views-file.ts).
 */
export function readStoredViews(text: string | null): SavedView[] {
  let value: unknown
  try {
    value = text ? JSON.parse(text) : null
  } catch {
    return []
  }
  return cleanViews(isRecord(value) && Array.isArray(value.views) ? value.views : [])
}

/** The entries that are named views, tidied, first of each name kept (what the account store holds). */
export function cleanViews(entries: readonly unknown[]): SavedView[] {
  const views: SavedView[] = []
  for (const entry of entries.slice(0, MAX_VIEWS)) {
    if (!isRecord(entry) || typeof entry.name !== 'string' || typeof entry.search !== 'string') {
      continue
    }
    if (nameProblem(entry.name) || entry.search.length > MAX_SEARCH) continue
    if (!findView(views, entry.name)) views.push(keptView(entry.name, entry.search))
  }
  return views
}

/** The set as JSON, for storage and (with the time) for a file. */
export function writeViews(
  views: readonly SavedView[],
  exportedAt?: Date,
  /** The user's labels by instance id, so that views by label work where the file is imported. */
  labels?: Readonly<Record<string, readonly string[]>>,
): string {
  const when = exportedAt ? { exportedAt: exportedAt.toISOString() } : {}
  const withLabels = labels && Object.keys(labels).length > 0 ? { labels } : {}
  const document = { format: FILE_FORMAT, version: 1, ...when, views, ...withLabels }
  return `${JSON.stringify(document, null, 2)}\n`
}
