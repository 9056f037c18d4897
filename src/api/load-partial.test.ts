import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadAllInstances, partialEveryMs, type FetchPage } from './load-all'
import type { LoadResult } from './load-result'
import { fakePage, fakeServer, idsOfPage } from '../testing/test-pages'

const fast = { retryDelayMs: 0 }

/** A server whose page 1 answers at once and every later page when `release` is called. */
function heldServer(total: number, size: number) {
  const waiting: (() => void)[] = []
  const fetchPage: FetchPage = (page) => {
    const answer = fakePage(idsOfPage(page, size, total), {
      currentPage: page,
      pageSize: size,
      totalEntries: total,
    })
    if (page === 1) return Promise.resolve(answer)
    return new Promise((resolve) => waiting.push(() => resolve(answer)))
  }
  const releaseAll = () => waiting.splice(0).forEach((release) => release())
  return { fetchPage, releaseAll, waiting }
}

afterEach(() => vi.useRealTimers())

describe('loadAllInstances: rows before the last page', () => {
  it('hands over page 1 as a partial result while the other pages are in flight', async () => {
    const server = heldServer(120, 50)
    const partials: LoadResult[] = []
    const done = loadAllInstances(server.fetchPage, {
      pageSize: 50,
      ...fast,
      onPartial: (partial) => partials.push(partial),
    })
    await vi.waitFor(() => expect(partials).toHaveLength(1))
    expect(partials[0]).toMatchObject({ partial: true, totalEntries: 120 })
    expect(partials[0]?.instances.map((i) => i.id)).toEqual(idsOfPage(1, 50, 120))
    expect(server.waiting).toHaveLength(2)

    server.releaseAll()
    const result = await done
    expect(result.partial).toBeUndefined()
    expect(result.instances).toHaveLength(120)
  })

  it('publishes later pages at most every partialEveryMs, in page order', async () => {
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => now)
    const fetchPage = fakeServer(250, 50)
    const slowPages: FetchPage = async (page, size, signal) => {
      const answer = await fetchPage(page, size, signal)
      now += 120 // each answer arrives 120 ms after the one before
      return answer
    }
    const partials: LoadResult[] = []
    await loadAllInstances(slowPages, {
      pageSize: 50,
      concurrency: 1,
      ...fast,
      onPartial: (partial) => partials.push(partial),
    })
    // Page 1 at once (answered at 120 ms); then one publish once 200 ms have passed (page 3,
    // answered at 360 ms: pages 1-3), none at the last page (the whole result follows).
    expect(partials.map((partial) => partial.instances.length)).toEqual([50, 150])
    expect(partials[1]?.instances.map((i) => i.id)).toEqual(
      [1, 2, 3].flatMap((page) => idsOfPage(page, 50, 250)),
    )
  })

  it('does not publish a partial result for a single page', async () => {
    const onPartial = vi.fn()
    await loadAllInstances(fakeServer(30), { pageSize: 50, ...fast, onPartial })
    expect(onPartial).not.toHaveBeenCalled()
  })

  it('publishes rarer as the rows grow', () => {
    expect(partialEveryMs(20)).toBe(200)
    expect(partialEveryMs(10_000)).toBe(500)
    expect(partialEveryMs(50_000)).toBe(2_500)
  })
})
