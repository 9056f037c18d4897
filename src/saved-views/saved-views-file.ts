import * as z from 'zod/mini'
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

export type FileResult = { ok: true; views: SavedView[] } | { ok: false; problem: string }

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
  return { ok: true, views }
}
