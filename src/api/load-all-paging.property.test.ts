import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fakePage, idsOfPage } from '../testing/test-pages'
import { ApiError } from './errors'
import { loadAllInstances, type FetchPage } from './load-all'

const LARGE = 200
const SMALL = 20

/**
 * How a made-up server answers a page size above its cap. `report`: serves the cap and says so.
 * `silent-served` / `silent-asked`: serves the cap but echoes the size asked, counting pages in
 * the served or the asked size. `refuse`: an HTTP error. `fixed`: always its own size, said.
 * `short-later`: page 1 in full, later pages cut to the cap without a word.
 */
const MODES = ['report', 'silent-served', 'silent-asked', 'refuse', 'fixed', 'short-later'] as const

interface Model {
  total: number
  cap: number | null
  mode: (typeof MODES)[number]
  refuseStatus: number
  /** Pages whose first request fails with a 503 (retried). */
  flaky: number[]
  /** Pages that fail with a 502 whenever asked in pages larger than SMALL (too large to send). */
  tooLarge: number[]
}

const model: fc.Arbitrary<Model> = fc.record({
  total: fc.integer({ min: 0, max: 900 }),
  cap: fc.option(fc.integer({ min: SMALL, max: 2 * LARGE }), { nil: null }),
  mode: fc.constantFrom(...MODES),
  refuseStatus: fc.constantFrom(400, 413, 500, 502, 503),
  flaky: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
  tooLarge: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 2 }),
})

const failure = (status: number) =>
  new ApiError('http', `HPC-AI answered HTTP ${status}.`, { status })

function fakeServer(m: Model): FetchPage & { asked: number[] } {
  const seen = new Set<number>()
  const asked: number[] = []
  const fetchPage = async (page: number, size: number) => {
    asked.push(size)
    await new Promise((resolve) => setTimeout(resolve, (page * 7 + size) % 3))
    if (m.flaky.includes(page) && !seen.has(page)) {
      seen.add(page)
      throw failure(503)
    }
    if (size > SMALL && m.tooLarge.includes(page)) throw failure(502)
    const capped = m.cap !== null && size > m.cap
    if (capped && m.mode === 'refuse') throw failure(m.refuseStatus)
    const fixed = m.mode === 'fixed' && m.cap !== null
    let served = fixed ? (m.cap ?? size) : capped ? (m.cap ?? size) : size
    let offsetSize = served
    let reported = fixed || m.mode === 'report' ? served : size
    if (m.mode === 'silent-asked') offsetSize = size
    if (m.mode === 'short-later') {
      served = page > 1 && capped ? (m.cap ?? size) : size
      offsetSize = size
      reported = size
    }
    const start = (page - 1) * offsetSize
    const ids = idsOfPage(1, start + served, m.total).slice(start)
    return fakePage(ids, { currentPage: page, pageSize: reported, totalEntries: m.total })
  }
  return Object.assign(fetchPage, { asked })
}

describe('loadAllInstances against servers that cap, refuse or fail', () => {
  it('gets every instance exactly once, in order, whatever the server does with large pages', async () => {
    await fc.assert(
      fc.asyncProperty(model, async (m) => {
        const server = fakeServer(m)
        const fallbacks: number[] = []
        const result = await loadAllInstances(server, {
          pageSize: LARGE,
          fallbackPageSize: SMALL,
          retryDelayMs: 0,
          onFallback: (size) => fallbacks.push(size),
        })
        const all = idsOfPage(1, m.total, m.total)
        const ids = result.instances.map((instance) => instance.id)
        expect(result.duplicates).toBe(0)
        expect(ids).toEqual(all.filter((id) => ids.includes(id)))
        // Whatever is not there is said to be missing: only pages that always fail may be.
        if (result.missingPages.length === 0) expect(ids).toEqual(all)
        else expect(m.tooLarge.length).toBeGreaterThan(0)
        // The fallback is remembered only when a small page got what a large one did not.
        if (fallbacks.length > 0) expect(server.asked).toContain(SMALL)
        const refusedFirst = m.mode === 'refuse' && m.cap !== null && m.cap < LARGE
        if (refusedFirst) expect(fallbacks).toEqual([SMALL])
      }),
      { numRuns: 120 },
    )
  }, 60_000) // about 5 s alone; a busy machine takes longer
})
