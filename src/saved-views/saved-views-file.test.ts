import { describe, expect, it } from 'vitest'
import { readViewsFile } from './saved-views-file'
import { writeViews } from './stored-views'

const refused = (text: string) => {
  const result = readViewsFile(text)
  return result.ok ? null : result.problem
}

describe('a saved-views file', () => {
  it('reads what an export wrote, and ignores keys it does not know', () => {
    const views = [{ name: 'H100 running', search: '?status=Running' }]
    expect(readViewsFile(writeViews(views, new Date()))).toEqual({ ok: true, views })
    const extra = JSON.stringify({
      format: 'hpcai-saved-views',
      version: 7,
      team: 'ml',
      views: [{ name: ' Old ', search: '?status=Running&legacy=1', owner: 'x' }],
    })
    expect(readViewsFile(extra)).toEqual({
      ok: true,
      views: [{ name: 'Old', search: '?status=Running' }],
    })
  })

  it('carries the labels by instance, and reads them back', () => {
    const views = [{ name: 'Zeta', search: '?label=team-zeta' }]
    const text = writeViews(views, new Date(), { a: ['team-zeta'] })
    expect(readViewsFile(text)).toEqual({
      ok: true,
      views,
      labels: new Map([['a', ['team-zeta']]]),
    })
    expect(refused(JSON.stringify({ views, labels: { a: 'x' } }))).toBe(
      'it has labels that are not a list',
    )
  })

  it('is refused whole, saying why, when anything is wrong', () => {
    expect(refused('not json')).toBe('it is not JSON')
    expect(refused('[1, 2]')).toBe('it has no list of views')
    expect(refused('{"views": "many"}')).toBe('it has no list of views')
    expect(refused('{"format": "something-else", "views": []}')).toBe('it is another kind of file')
    expect(refused('{"views": [{"name": "a", "search": ""}, {"search": "?q=b"}]}')).toBe(
      'view 2 has no name',
    )
    expect(refused('{"views": [{"name": "  ", "search": ""}]}')).toBe('view 1 has no name')
    expect(refused('{"views": [{"name": "a"}]}')).toMatch(/^view 1 has no view text/)
    expect(refused('{"views": [7]}')).toMatch(/^view 1 is not a view/)
    expect(refused(JSON.stringify({ views: [{ name: 'x'.repeat(81), search: '' }] }))).toMatch(
      /longer than 80/,
    )
    const many = Array.from({ length: 101 }, (_, index) => ({ name: `v${index}`, search: '' }))
    expect(refused(JSON.stringify({ views: many }))).toBe('it holds more than 100 views')
  })
})
