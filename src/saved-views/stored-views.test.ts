import { describe, expect, it } from 'vitest'
import { readStoredViews, writeViews } from './stored-views'

describe('stored views', () => {
  it('read back what they wrote', () => {
    const views = [{ name: 'H100 running', search: '?status=Running&gpu=H100-80GB-SXM' }]
    expect(readStoredViews(writeViews(views))).toEqual(views)
  })

  it('ignore unknown keys of an old saved view, in the entry and in its query string', () => {
    const old = JSON.stringify({
      version: 0,
      theme: 'dark',
      views: [
        {
          name: 'Old',
          search: '?status=Running&columns=all&sort=-bogus&hide=memory&instance=notebook-1',
          colour: 'red',
          savedAt: 12,
        },
      ],
    })
    // Its hidden Memory column: the columns it showed then, in that order.
    expect(readStoredViews(old)).toEqual([
      {
        name: 'Old',
        search: '?status=Running&cols=name.status.gpu.cpu.region.price.disk.created.stops.since',
      },
    ])
  })

  it('leave out what is not a named view, and never throw', () => {
    const mixed = JSON.stringify({
      views: [
        null,
        'text',
        { name: '', search: '?q=a' },
        { name: 'No search' },
        { name: 'Kept', search: 'q=a' },
        { name: 'kept', search: '?q=b' },
      ],
    })
    expect(readStoredViews(mixed)).toEqual([{ name: 'Kept', search: '?q=a' }])
    for (const text of [null, '', '{', 'null', '[]', '{"views":{}}', '42']) {
      expect(readStoredViews(text)).toEqual([])
    }
  })
})
