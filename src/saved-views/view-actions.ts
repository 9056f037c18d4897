import { downloadText } from '../lib/download'
import { exportFileName } from '../model/export-file-name'
import { viewLink } from '../model/view-url'
import { MAX_VIEWS, merged, type Message, type SavedView } from './saved-views'
import { MAX_FILE_BYTES, readViewsFile } from './saved-views-file'
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
  downloadText(fileName, writeViews(views, now), 'application/json')
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
  return keep(next.views, `Imported ${count(result.views.length)} from “${file.name}”${replaced}.`)
}
