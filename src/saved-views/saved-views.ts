/** A named view: the query string of the dashboard's URL (search, facets, sort, hidden columns). */
export interface SavedView {
  name: string
  search: string
}

export const MAX_NAME = 80
export const MAX_SEARCH = 2_000
export const MAX_VIEWS = 100

/**
 * Characters that take no room: controls and Unicode's default-ignorable code points (zero-width
 * space and joiners, bidi marks, BOM, soft hyphen, variation selectors, Hangul fillers…), and the
 * blank braille pattern.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu

/** A name as kept: invisible characters dropped, any run of spaces one space, trimmed. */
export function cleanName(name: string): string {
  return name
    .replace(INVISIBLE, '')
    .replace(/[\s\p{Z}]+/gu, ' ')
    .trim()
}

/** Two names are the same when they differ only by invisible characters, spacing, width or case. */
const nameKey = (name: string) => cleanName(name).normalize('NFKC').toLocaleLowerCase()
const same = (a: string, b: string) => nameKey(a) === nameKey(b)

export function findView(views: readonly SavedView[], name: string): SavedView | undefined {
  return views.find((view) => same(view.name, cleanName(name)))
}

/** What is wrong with a name for a new or renamed view, or null when it will do. */
export function nameProblem(name: string): string | null {
  const clean = cleanName(name)
  if (!clean && name.trim()) return 'A name needs at least one visible character.'
  if (!clean) return 'Give the view a name.'
  if (clean.length > MAX_NAME) return `A name has at most ${MAX_NAME} characters.`
  return null
}

/**
 * Saves a view under a name; a view of the same name (in any case, or differing only by invisible
 * characters) is replaced in place, so no two views have names that look alike.
 */
export function withView(views: readonly SavedView[], view: SavedView): SavedView[] {
  const name = cleanName(view.name)
  const index = views.findIndex((other) => same(other.name, name))
  const entry = { name, search: view.search }
  return index < 0 ? [...views, entry] : views.map((other, at) => (at === index ? entry : other))
}

/** Renames a view; refused (null) when another view already has the new name. */
export function renamed(views: readonly SavedView[], from: string, to: string): SavedView[] | null {
  const name = cleanName(to)
  if (views.some((view) => view.name !== from && same(view.name, name))) return null
  return views.map((view) => (view.name === from ? { ...view, name } : view))
}

export function without(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((view) => view.name !== name)
}

/** Imported views join the list; one with the name of a kept view replaces it. */
export function merged(
  views: readonly SavedView[],
  imported: readonly SavedView[],
): { views: SavedView[]; added: number; replaced: number } {
  let result = [...views]
  let replaced = 0
  for (const view of imported) {
    if (findView(result, view.name)) replaced += 1
    result = withView(result, view)
  }
  return { views: result, added: imported.length - replaced, replaced }
}

/** What a saved-views action did, or why it could not. */
export interface Message {
  tone: 'success' | 'danger'
  text: string
}

/** What one click in the Views menu asks for. */
export type Choice =
  | { kind: 'rename' | 'delete' | 'copy-link'; view: SavedView }
  | { kind: 'export' }
  | { kind: 'import' }
