import { describe, expect, it } from 'vitest'
import { merged, nameProblem, renamed, withView, without } from './saved-views'

const a = { name: 'H100 running', search: '?status=Running' }
const b = { name: 'Failed', search: '?status=StartingFailed' }

describe('saved views', () => {
  it('adds a view, or replaces the one of the same name in any case, in place', () => {
    expect(withView([a], b)).toEqual([a, b])
    expect(withView([a, b], { name: '  h100   RUNNING ', search: '?q=x' })).toEqual([
      { name: 'h100 RUNNING', search: '?q=x' },
      b,
    ])
  })

  it('renames unless another view has the name; deletes by name', () => {
    expect(renamed([a, b], 'Failed', 'Broken')).toEqual([a, { ...b, name: 'Broken' }])
    expect(renamed([a, b], 'Failed', 'h100 running')).toBeNull()
    expect(renamed([a, b], 'Failed', 'FAILED')).toEqual([a, { ...b, name: 'FAILED' }])
    expect(without([a, b], 'H100 running')).toEqual([b])
  })

  it('keeps names without invisible characters, and takes look-alike names as one', () => {
    expect(withView([a], { name: '\u200BH100\u200D running\u00A0\u2060', search: '?q=x' })).toEqual(
      [{ name: 'H100 running', search: '?q=x' }],
    )
    expect(withView([a], { name: 'Ｈ100 RUNNING', search: '?q=y' })).toHaveLength(1)
    expect(renamed([a, b], 'Failed', 'H100\u200B running')).toBeNull()
    expect(renamed([a, b], 'Failed', '\u202Eh100 running')).toBeNull()
    expect(renamed([a, b], 'Failed', '\uFEFFBroken\u00AD')).toEqual([a, { ...b, name: 'Broken' }])
  })

  it('checks names', () => {
    expect(nameProblem('   ')).toBe('Give the view a name.')
    expect(nameProblem('\u200B')).toBe('A name needs at least one visible character.')
    expect(nameProblem(' \u200D\u2060\uFEFF\u3164 ')).toBe(
      'A name needs at least one visible character.',
    )
    expect(nameProblem('x'.repeat(81))).toMatch(/at most 80/)
    expect(nameProblem('H100 running')).toBeNull()
  })

  it('merges an import, counting the views it replaced', () => {
    expect(merged([a], [{ ...a, search: '?q=new' }, b])).toEqual({
      views: [{ ...a, search: '?q=new' }, b],
      added: 1,
      replaced: 1,
    })
  })
})
