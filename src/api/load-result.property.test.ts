import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { instancesOf } from '../testing/test-instances'
import { ApiError } from './errors'
import { pageCombiner, type KeptPage, type MissingPage } from './load-result'

const LARGE = 6
const SMALL = 3

/** Page `page` (1-based) of `size` of a list whose ids may repeat (a list that shifted while paged). */
function pageOf(ids: readonly string[], page: number, size: number): KeptPage {
  return {
    instances: instancesOf(...ids.slice((page - 1) * size, page * size).map((id) => ({ id }))),
    dropped: [],
    pager: { currentPage: page, pageSize: size, totalEntries: ids.length },
    size,
  }
}

type Arrival = { start: number; page: KeptPage } | { start: number; missing: MissingPage }

/** A load's pages: large ones; a failed one asked again as the small pages that cover it, or lost. */
function arrivalsOf(ids: readonly string[], refetched: number[], lost: number[]): Arrival[] {
  const arrivals: Arrival[] = []
  for (let page = 1; page <= Math.ceil(ids.length / LARGE); page++) {
    const start = (page - 1) * LARGE
    if (lost.includes(page))
      arrivals.push({ start, missing: { page, error: new ApiError('http', 'lost') } })
    else if (refetched.includes(page))
      for (const small of [2 * page - 1, 2 * page])
        arrivals.push({ start: (small - 1) * SMALL, page: pageOf(ids, small, SMALL) })
    else arrivals.push({ start, page: pageOf(ids, page, LARGE) })
  }
  return arrivals
}

const idsOf = (instances: readonly { id: string }[]) => instances.map((instance) => instance.id)

/** The reference: all the pages so far in list order, each id once (the first page holding it wins). */
function combinedFromScratch(pages: ReadonlyMap<number, KeptPage>) {
  const ids = [...pages].sort(([a], [b]) => a - b).flatMap(([, page]) => idsOf(page.instances))
  return { ids: [...new Set(ids)], duplicates: ids.length - new Set(ids).size }
}

describe('combining the pages of a load as they arrive', () => {
  it('gives at every arrival what combining the pages so far from scratch gives', () => {
    fc.assert(
      fc.property(
        // Ids from a small pool, so that pages share instances (the first page holding one wins).
        fc.array(fc.integer({ min: 0, max: 40 }).map(String), {
          minLength: 1,
          maxLength: 60,
          size: 'max',
        }),
        fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 2 }),
        fc.array(fc.double({ noNaN: true }), { minLength: 20, maxLength: 20 }),
        (ids, refetched, lost, order) => {
          const arrivals = arrivalsOf(ids, refetched, lost)
            .map((arrival, index) => ({ arrival, key: order[index % order.length] ?? 0 }))
            .sort((a, b) => a.key - b.key)
          const combine = pageCombiner()
          const pages = new Map<number, KeptPage>()
          const missing = new Map<number, MissingPage>()
          for (const { arrival } of arrivals) {
            if ('page' in arrival) pages.set(arrival.start, arrival.page)
            else missing.set(arrival.start, arrival.missing)
            const incremental = combine(pages, missing, ids.length)
            const scratch = combinedFromScratch(pages)
            expect(idsOf(incremental.instances)).toEqual(scratch.ids)
            expect(incremental.duplicates).toBe(scratch.duplicates)
            expect(incremental.missingPages).toEqual(
              [...missing].sort(([a], [b]) => a - b).map(([, gap]) => gap.page),
            )
          }
          // Every page in: each id once, in list order.
          if (lost.length === 0 || lost.every((page) => page > Math.ceil(ids.length / LARGE)))
            expect(idsOf(combine(pages, missing, ids.length).instances)).toEqual([...new Set(ids)])
        },
      ),
    )
  })
})
