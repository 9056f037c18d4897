// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setViews } from '../model/memory-actions'
import { EMPTY_MEMORY, memoryStore } from '../model/memory-store'
import { currentViews } from './saved-views-storage'
import { copyViewLink, importViews } from './view-actions'

const file = (text: string, name = 'views.json') =>
  new File([text], name, { type: 'application/json' })
const kept = [{ name: 'H100 running', search: '?status=Running' }]

// The account's memory as read from the device (empty), so that views can be kept.
beforeEach(() => memoryStore.set({ ...EMPTY_MEMORY, status: 'ready' }))
afterEach(() => memoryStore.reset())

describe('importing saved views', () => {
  it('adds the views of a good file, replacing one of the same name', async () => {
    setViews(kept)
    const message = await importViews(
      file(
        JSON.stringify({
          format: 'hpcai-saved-views',
          views: [
            { name: 'h100 running', search: '?status=Running&sort=-price' },
            { name: 'Failed', search: '?status=StartingFailed' },
          ],
        }),
      ),
    )
    expect(message).toEqual({
      tone: 'success',
      text: 'Imported 2 views from “views.json”, 1 of them replacing a view of that name.',
    })
    expect(currentViews()).toEqual([
      { name: 'h100 running', search: '?status=Running&sort=-price' },
      { name: 'Failed', search: '?status=StartingFailed' },
    ])
  })

  it('refuses a bad file with a clear message and loses nothing', async () => {
    setViews(kept)
    for (const [text, problem] of [
      ['{"views": [', 'it is not JSON'],
      ['{"format": "hpcai-saved-views"}', 'it has no list of views'],
      ['{"views": []}', 'it holds no views'],
      ['{"views": [{"name": "ok", "search": ""}, {"name": 3}]}', 'view 2 has no name'],
    ] as const) {
      const message = await importViews(file(text, 'bad.json'))
      expect(message).toEqual({
        tone: 'danger',
        text: `“bad.json” was not imported: ${problem}. Your saved views are unchanged.`,
      })
      expect(currentViews()).toEqual(kept)
    }
    const huge = await importViews(file(' '.repeat(300 * 1024), 'huge.json'))
    expect(huge.text).toMatch(/larger than 256 kB/)
    expect(currentViews()).toEqual(kept)
  })
})

describe('labels in a saved-views file', () => {
  it('come in with the views, joining the labels kept here; a bad label refuses the file', async () => {
    memoryStore.set({
      ...memoryStore.get(),
      annotations: new Map([['a', { labels: ['gpu'], note: '', pinned: false, updatedAt: 0 }]]),
    })
    const views = [{ name: 'Zeta', search: '?label=team-zeta' }]
    const message = await importViews(
      file(JSON.stringify({ views, labels: { a: ['team zeta', 'GPU'], b: ['team-zeta'] } })),
    )
    expect(message.text).toBe('Imported 1 view and the labels of 2 instances from “views.json”.')
    expect(memoryStore.get().annotations.get('a')?.labels).toEqual(['gpu', 'team-zeta'])
    expect(memoryStore.get().annotations.get('b')?.labels).toEqual(['team-zeta'])

    const bad = await importViews(
      file(JSON.stringify({ views, labels: { c: ['x'.repeat(41)] } }), 'bad.json'),
    )
    expect(bad.text).toMatch(
      /^“bad.json” was not imported: a label of instance c: A label has at most 40/,
    )
    expect(memoryStore.get().annotations.has('c')).toBe(false)
  })
})

describe('copying a link to a saved view', () => {
  it('copies the dashboard address with the view, or gives the link to copy by hand', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    expect(await copyViewLink(kept[0] ?? { name: '', search: '' })).toEqual({
      tone: 'success',
      text: 'Link to “H100 running” copied.',
    })
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/?status=Running`)
    writeText.mockImplementation(() => Promise.reject(new Error('denied')))
    const failed = await copyViewLink(kept[0] ?? { name: '', search: '' })
    expect(failed.tone).toBe('danger')
    expect(failed.text).toContain(`${location.origin}/?status=Running`)
  })
})
