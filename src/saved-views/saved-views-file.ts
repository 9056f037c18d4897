import * as z from 'zod/mini'
import { MAX_ANNOTATED, MAX_LABELS, cleanLabel } from '../model/annotations'
import { MAX_NAME, MAX_SEARCH, MAX_VIEWS, cleanName, type SavedView } from './saved-views'
import { FILE_FORMAT, keptView } from './stored-views'

export const MAX_FILE_BYTES = 256 * 1024

// Lengths are checked by hand below: zod's length checks would add to the first paint's code,
// since the list schema (src/api) shares zod's core with this file.
const viewSchema = z.object(
  { name: z.string('has no name'), search: z.string('has no view text ("search")') },
  'is not a view (an object with a name and a search)',
)

const envelopeSchema = z.object(
  {
    format: z.optional(z.literal(FILE_FORMAT, 'is another kind of file')),
    views: z.array(z.unknown(), 'has no list of views'),
    // Checked by hand (readLabels): z.record would add to the first paint's code (vendor chunk).
    labels: z.optional(z.unknown()),
  },
  'has no list of views',
)

function viewProblem(view: z.infer<typeof viewSchema>): string | null {
  const name = cleanName(view.name)
  if (!name) return 'has no name'
  if (name.length > MAX_NAME) return `has a name longer than ${MAX_NAME} characters`
  if (view.search.length > MAX_SEARCH) return `has a view longer than ${MAX_SEARCH} characters`
  return null
}

export type FileResult =
  { ok: true; views: SavedView[]; labels?: Map<string, string[]> } | { ok: false; problem: string }

type LabelsResult = { ok: true; labels: Map<string, string[]> } | { ok: false; problem: string }

const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

/** The file's labels per instance, each checked as one typed in the drawer. */
function readLabels(entries: unknown): LabelsResult {
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries))
    return { ok: false, problem: 'it has labels that are not a list per instance' }
  const ids = Object.keys(entries)
  if (ids.length > MAX_ANNOTATED)
    return { ok: false, problem: `it has labels for more than ${MAX_ANNOTATED} instances` }
  const labels = new Map<string, string[]>()
  for (const id of ids) {
    const kept: string[] = []
    const list: unknown = (entries as Record<string, unknown>)[id]
    if (!isTextList(list)) return { ok: false, problem: 'it has labels that are not a list' }
    for (const text of list.slice(0, MAX_LABELS)) {
      const check = cleanLabel(text, kept)
      if (check.ok) kept.push(check.label)
      else if (!check.problem.startsWith('It already has'))
        return { ok: false, problem: `a label of instance ${id.slice(0, 80)}: ${check.problem}` }
    }
    if (kept.length > 0) labels.set(id, kept)
  }
  return { ok: true, labels }
}

/**
 * A saved-views file, checked strictly: any fault refuses the whole file, saying where. Keys the
 * format does not know are ignored, in the file and in each view's query string.
 */
export function readViewsFile(text: string): FileResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'it is not JSON' }
  }
  const envelope = envelopeSchema.safeParse(json)
  if (!envelope.success) {
    return { ok: false, problem: `it ${envelope.error.issues[0]?.message ?? 'is not one'}` }
  }
  if (envelope.data.views.length > MAX_VIEWS) {
    return { ok: false, problem: `it holds more than ${MAX_VIEWS} views` }
  }
  const views: SavedView[] = []
  for (const [index, entry] of envelope.data.views.entries()) {
    const view = viewSchema.safeParse(entry)
    const problem = view.success ? viewProblem(view.data) : view.error.issues[0]?.message
    if (!view.success || problem)
      return { ok: false, problem: `view ${index + 1} ${problem ?? ''}` }
    views.push(keptView(view.data.name, view.data.search))
  }
  if (envelope.data.labels === undefined) return { ok: true, views }
  const labels = readLabels(envelope.data.labels)
  return labels.ok ? { ok: true, views, labels: labels.labels } : labels
}
