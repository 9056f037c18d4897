import { describe, expect, it } from 'vitest'
import type { LoadResult } from './load-result'
import { shareInstances, shareLoadResult } from './share-load-result'
import { instanceFromExample } from '../testing/example-instance'
import { instancesOf } from '../testing/test-instances'
import { rawOf } from './raw-of'

const resultOf = (instances: LoadResult['instances'], extra: Partial<LoadResult> = {}) => ({
  instances,
  dropped: [],
  duplicates: 0,
  totalEntries: instances.length,
  missingPages: [],
  pageError: null,
  ...extra,
})

describe('shareLoadResult', () => {
  it('keeps the whole previous result when nothing changed', () => {
    const before = resultOf(instancesOf({ id: 'a' }, { id: 'b' }))
    const again = resultOf(instancesOf({ id: 'a' }, { id: 'b' }))
    expect(shareLoadResult(before, again)).toBe(before)
  })

  it('keeps each unchanged instance by id when positions shift (a page arrived before it)', () => {
    const [a, b, c] = instancesOf({ id: 'a' }, { id: 'b' }, { id: 'c' })
    if (!a || !b || !c) throw new Error('three instances expected')
    const partial = resultOf([a, c], { partial: true })
    const fresh = instancesOf({ id: 'a' }, { id: 'b' }, { id: 'c' })
    const shared = shareLoadResult(partial, resultOf(fresh)) as LoadResult
    expect(shared.partial).toBeUndefined()
    expect(shared.instances[0]).toBe(a)
    expect(shared.instances[1]).toBe(fresh[1])
    expect(shared.instances[2]).toBe(c)
  })

  it('gives a changed instance its new object and keeps the others', () => {
    const before = instancesOf({ id: 'a', status: 'Running' }, { id: 'b', status: 'Running' })
    const after = instancesOf({ id: 'a', status: 'Running' }, { id: 'b', status: 'Stopped' })
    const shared = shareInstances(before, after)
    expect(shared).not.toBe(before)
    expect(shared[0]).toBe(before[0])
    expect(shared[1]).not.toBe(before[1])
    expect(shared[1]).toEqual(after[1])
  })

  it('takes the new data as is when there is none before', () => {
    const next = resultOf(instancesOf({ id: 'a' }))
    expect(shareLoadResult(undefined, next)).toBe(next)
  })

  it('takes the new instance when a list HPC-AI sent as null now comes empty (the Raw section shows which)', () => {
    const sentNull = instanceFromExample((item) => {
      item.instanceSpecInfo.imageInfo.tags = null
    })
    const sentEmpty = instanceFromExample((item) => {
      ;(item.instanceSpecInfo.imageInfo as { tags: string[] | null }).tags = []
    })
    const [shared] = shareInstances([sentNull], [sentEmpty])
    expect(shared).toBe(sentEmpty)
    expect(JSON.stringify(rawOf(shared ?? sentNull))).toContain('"tags":[]')
    expect(shareInstances([sentNull], [instanceFromExample()])[0]).toBe(sentNull)
  })
})
