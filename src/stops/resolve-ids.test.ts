import { describe, expect, it } from 'vitest'
import { instancesOf } from '../testing/test-instances'
import { describeSkips, NOT_IN_LIST, resolveIds } from './resolve-ids'

describe('resolveIds', () => {
  it('finds instances in list order and names the ids that are gone', () => {
    const all = instancesOf({ id: 'a' }, { id: 'b' }, { id: 'c' })
    const { found, missing } = resolveIds(['c', 'gone', 'a'], all)
    expect(found.map((instance) => instance.id)).toEqual(['a', 'c'])
    expect(missing).toEqual([{ id: 'gone', name: 'gone', reason: NOT_IN_LIST }])
  })

  it('describes skips with their reasons, then how many more', () => {
    const skips = ['a', 'b', 'c'].map((name) => ({ id: name, name, reason: 'Already stopped' }))
    expect(describeSkips(skips, 2)).toBe('a (already stopped), b (already stopped) and 1 more')
  })
})
