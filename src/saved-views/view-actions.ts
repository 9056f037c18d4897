import { downloadText } from '../lib/download'
import { exportFileName } from '../model/export-file-name'
import { annotateInstance } from '../model/memory-actions'
import { memoryStore } from '../model/memory-store'
import { viewLink } from '../model/view-url'
import { MAX_VIEWS, merged, type Message, type SavedView } from './saved-views'
import { currentViews, keep } from './saved-views-storage'
import { writeViews } from './stored-views'

/** The Views menu's actions that need no dialog; loaded on first use, like the file checks. */
const count = (n: number) => (n === 1 ? '1 view' : `${n} views`)

export async function copyViewLink(view: SavedView): Promise<Message> {
  const link = viewLink(view.search)
  try {
    await navigator.clipboard.writeText(link)
    return { tone: 'success', text: `Link to “${view.name}” copied.` }
  } catch {
    return { tone: 'danger', text: `Could not copy the link; copy it by hand: ${link}` }
  }
}

/** The user's labels by instance, for the file: views by label then work where it is imported. */
function labelsById(): Record<string, readonly string[]> {
  const labels: Record<string, readonly string[]> = {}
  for (const [id, annotation] of memoryStore.get().annotations)
    if (annotation.labels.length > 0) labels[id] = annotation.labels
  return labels
}

/** The view on screen now (without the open instance), as a link: what Copy link copies. */
export async function copyCurrentLink(search: string): Promise<Message> {
  const link = viewLink(search)
  try {
    await navigator.clipboard.writeText(link)
    return { tone: 'success', text: 'Link copied' }
  } catch {
    return { tone: 'danger', text: `Could not copy the link; copy it by hand: ${link}` }
  }
}

export function exportViews(): Promise<Message> {
  const views = currentViews()
  const now = new Date()
  const fileName = exportFileName('saved-views', 'json', null, now)
  downloadText(fileName, writeViews(views, now, labelsById()), 'application/json')
  return Promise.resolve({
    tone: 'success',
    text: `${count(views.length)} written to “${fileName}”.`,
  })
}

const refused = (file: string, problem: string): Message => ({
  tone: 'danger',
  text: `“${file}” was not imported: ${problem}. Your saved views are unchanged.`,
})

/** Adds the views of a saved-views file to the set kept here, or says why not (changing nothing). */
export async function importViews(file: File): Promise<Message> {
  // The file's checks (zod) load when a file is imported, not with the Views menu.
  const { MAX_FILE_BYTES, readViewsFile } = await import('./saved-views-file')
  if (file.size > MAX_FILE_BYTES) {
    return refused(file.name, `it is larger than ${MAX_FILE_BYTES / 1024} kB`)
  }
  const result = readViewsFile(await file.text())
  if (!result.ok) return refused(file.name, result.problem)
  if (result.views.length === 0) return refused(file.name, 'it holds no views')
  const next = merged(currentViews(), result.views)
  if (next.views.length > MAX_VIEWS) {
    return refused(file.name, `this browser keeps at most ${MAX_VIEWS} saved views`)
  }
  const replaced = next.replaced ? `, ${next.replaced} of them replacing a view of that name` : ''
  const labelled = result.labels?.size ?? 0
  const message = keep(
    next.views,
    `Imported ${count(result.views.length)}${labelled ? ` and the labels of ${labelled === 1 ? '1 instance' : `${labelled} instances`}` : ''} from “${file.name}”${replaced}.`,
  )
  // Labels join those kept here (none is removed); only once the views were kept.
  if (message.tone === 'success')
    for (const [id, labels] of result.labels ?? [])
      for (const label of labels) annotateInstance(id, { kind: 'add-label', label })
  return message
}
