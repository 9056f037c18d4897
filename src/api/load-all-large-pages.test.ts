import { describe, expect, it } from 'vitest'
import { resetAccountStores } from '../lib/store'
import { fakePage, fakeServer, idsOfPage } from '../testing/test-pages'
import { ApiError } from './errors'
import { loadAllInstances, type FetchPage } from './load-all'
import { FALLBACK_PAGE_SIZE, LARGE_PAGE_SIZE, sessionPageSize } from './paging'

const fast = { retryDelayMs: 0 }

/** A server of `total` instances that refuses pages above `cap` with `status`. */
function refusing(total: number, cap: number, status = 400): FetchPage & { asked: number[] } {
  const asked: number[] = []
  const fetchPage = (page: number, size: number) => {
    asked.push(size)
    if (size > cap) return Promise.reject(new ApiError('http', `HTTP ${status}`, { status }))
    const pager = { currentPage: page, pageSize: size, totalEntries: total }
    return Promise.resolve(fakePage(idsOfPage(page, size, total), pager))
  }
  return Object.assign(fetchPage, { asked })
}

describe('loadAllInstances: large pages', () => {
  it('asks for 1,000 first and loads 2,500 instances in 3 requests from a server without a cap', async () => {
    const server = fakeServer(2_500, Infinity)
    const result = await loadAllInstances(server, fast)
    expect(result.instances).toHaveLength(2_500)
    expect(server.calls.sort()).toEqual([1, 2, 3])
    expect(server).toHaveBeenCalledWith(1, LARGE_PAGE_SIZE, expect.anything())
  })

  it('continues with the size a server caps at without saying so (the count page 1 held)', async () => {
    const asked: number[] = []
    const silent: FetchPage = (page, size) => {
      asked.push(size)
      const served = Math.min(size, 100)
      const ids = idsOfPage(page, served, 450)
      return Promise.resolve(
        fakePage(ids, { currentPage: page, pageSize: size, totalEntries: 450 }),
      )
    }
    const result = await loadAllInstances(silent, fast)
    expect(result.instances.map((instance) => instance.id)).toEqual(idsOfPage(1, 450, 450))
    expect(asked).toEqual([1000, 100, 100, 100, 100])
  })

  it('falls back to 50 when a large page is refused, and says so once', async () => {
    const server = refusing(120, 50)
    const fallbacks: number[] = []
    const result = await loadAllInstances(server, {
      ...fast,
      onFallback: (size) => fallbacks.push(size),
    })
    expect(result.instances).toHaveLength(120)
    expect(server.asked).toEqual([1000, 50, 50, 50])
    expect(fallbacks).toEqual([FALLBACK_PAGE_SIZE])
  })

  it('does not fall back on a rate limit (smaller pages would only make more requests)', async () => {
    let limited = 1
    const good = fakeServer(60, Infinity)
    const fetchPage: FetchPage = (page, size, signal) =>
      limited-- > 0
        ? Promise.reject(new ApiError('http', 'HTTP 429', { status: 429 }))
        : good(page, size, signal)
    const fallbacks: number[] = []
    const result = await loadAllInstances(fetchPage, {
      ...fast,
      onFallback: (size) => fallbacks.push(size),
    })
    expect(result.instances).toHaveLength(60)
    expect(good).toHaveBeenCalledWith(1, LARGE_PAGE_SIZE, expect.anything())
    expect(fallbacks).toEqual([])
  })

  it('asks a large page that keeps failing again as the 50s that cover it', async () => {
    const good = fakeServer(2_100, Infinity)
    const asked: string[] = []
    const fetchPage: FetchPage = (page, size, signal) => {
      asked.push(`${page}/${size}`)
      return page === 2 && size === LARGE_PAGE_SIZE
        ? Promise.reject(new ApiError('http', 'too large', { status: 502 }))
        : good(page, size, signal)
    }
    const result = await loadAllInstances(fetchPage, fast)
    expect(result.instances.map((instance) => instance.id)).toEqual(idsOfPage(1, 2_100, 2_100))
    expect(result.missingPages).toEqual([])
    expect(asked).toContain('21/50')
    expect(asked).toContain('40/50')
    expect(asked).not.toContain('41/50')
  })

  it('the session asks for 50 once a fallback was needed, and for large pages again after sign-out', () => {
    expect(sessionPageSize.get()).toBe(LARGE_PAGE_SIZE)
    sessionPageSize.set(FALLBACK_PAGE_SIZE)
    resetAccountStores()
    expect(sessionPageSize.get()).toBe(LARGE_PAGE_SIZE)
  })
})
