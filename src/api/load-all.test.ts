import { describe, expect, it, vi } from 'vitest'
import { ApiError } from './errors'
import { loadAllInstances, type FetchPage } from './load-all'
import { fakePage, idsOfPage } from '../testing/test-pages'

/** A server holding `total` instances that serves at most `cap` per page, whatever is asked. */
function server(total: number, cap = 50): FetchPage & { calls: number[] } {
  const calls: number[] = []
  const fetchPage = vi.fn((page: number, asked: number) => {
    calls.push(page)
    const size = Math.min(asked, cap)
    return Promise.resolve(
      fakePage(idsOfPage(page, size, total), {
        currentPage: page,
        pageSize: size,
        totalEntries: total,
      }),
    )
  })
  return Object.assign(fetchPage, { calls })
}

const fast = { retryDelayMs: 0 }

describe('loadAllInstances', () => {
  it('loads every page and keeps the server order', async () => {
    const result = await loadAllInstances(server(120), { pageSize: 50, ...fast })
    expect(result.instances.map((i) => i.id)).toEqual(idsOfPage(1, 120, 120))
    expect(result).toMatchObject({
      totalEntries: 120,
      duplicates: 0,
      missingPages: [],
      pageError: null,
    })
  })

  it('uses the page size the server reported when it is smaller than asked', async () => {
    const fetchPage = server(92, 20)
    const result = await loadAllInstances(fetchPage, { pageSize: 50, ...fast })
    expect(result.instances).toHaveLength(92)
    expect(fetchPage.calls.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5])
    expect(fetchPage).toHaveBeenLastCalledWith(expect.any(Number), 20, expect.anything())
  })

  it('never has more than `concurrency` pages in flight', async () => {
    let inFlight = 0
    let peak = 0
    const fetchPage: FetchPage = async (page, size) => {
      inFlight++
      peak = Math.max(peak, inFlight)
      await new Promise((resolve) => setTimeout(resolve, 2))
      inFlight--
      return fakePage(idsOfPage(page, size, 1000), {
        currentPage: page,
        pageSize: size,
        totalEntries: 1000,
      })
    }
    const result = await loadAllInstances(fetchPage, { pageSize: 20, concurrency: 6, ...fast })
    expect(result.instances).toHaveLength(1000)
    expect(peak).toBe(6)
  })

  it('fetches the new tail once when the total grows mid-way', async () => {
    let total = 100
    const fetchPage: FetchPage = (page, size) => {
      if (page === 2) total = 130 // instances were created while paging
      return Promise.resolve(
        fakePage(idsOfPage(page, size, total), {
          currentPage: page,
          pageSize: size,
          totalEntries: total,
        }),
      )
    }
    const result = await loadAllInstances(fetchPage, { pageSize: 50, concurrency: 1, ...fast })
    expect(result.instances).toHaveLength(130)
    expect(result.totalEntries).toBe(130)
  })

  it('copes with an empty page before the announced end (the total shrank)', async () => {
    const fetchPage: FetchPage = (page, size) =>
      Promise.resolve(
        fakePage(page === 1 ? idsOfPage(1, size, 150) : [], {
          currentPage: page,
          pageSize: size,
          totalEntries: 150,
        }),
      )
    const result = await loadAllInstances(fetchPage, { pageSize: 50, ...fast })
    expect(result.instances).toHaveLength(50)
  })

  it('counts and drops duplicates across pages (an item moved while paging)', async () => {
    const fetchPage: FetchPage = (page, size) => {
      const ids = idsOfPage(page, size, 100)
      if (page === 2) ids[0] = 'i-50' // the last item of page 1, seen again
      return Promise.resolve(
        fakePage(ids, { currentPage: page, pageSize: size, totalEntries: 100 }),
      )
    }
    const result = await loadAllInstances(fetchPage, { pageSize: 50, ...fast })
    expect(result.instances).toHaveLength(99)
    expect(result.duplicates).toBe(1)
    expect(new Set(result.instances.map((i) => i.id)).size).toBe(99)
  })

  it('keeps what loaded and names the page that failed after its retries', async () => {
    const good = server(150)
    const fetchPage: FetchPage = (page, size, signal) =>
      page === 2
        ? Promise.reject(new ApiError('http', 'HPC-AI answered HTTP 502.', { status: 502 }))
        : good(page, size, signal)
    const result = await loadAllInstances(fetchPage, { pageSize: 50, ...fast })
    expect(result.instances).toHaveLength(100)
    expect(result.missingPages).toEqual([2])
    expect(result.pageError?.status).toBe(502)
  })

  it('retries a transient failure and then succeeds', async () => {
    const good = server(60)
    let failures = 0
    const fetchPage: FetchPage = (page, size, signal) =>
      page === 2 && failures++ < 2
        ? Promise.reject(new ApiError('network', 'down'))
        : good(page, size, signal)
    const result = await loadAllInstances(fetchPage, { pageSize: 50, ...fast })
    expect(result.instances).toHaveLength(60)
    expect(failures).toBe(3)
  })

  it('stops everything on an auth error and does not retry it', async () => {
    const good = server(1000, 10)
    let authCalls = 0
    const fetchPage: FetchPage = (page, size, signal) => {
      if (page === 3) {
        authCalls++
        return Promise.reject(new ApiError('auth', 'Not logged in'))
      }
      return good(page, size, signal)
    }
    await expect(
      loadAllInstances(fetchPage, { pageSize: 10, concurrency: 2, ...fast }),
    ).rejects.toMatchObject({ kind: 'auth' })
    expect(authCalls).toBe(1)
    expect(good.calls.length).toBeLessThan(10)
  })

  it('fails as a whole when page 1 fails (nothing to show yet)', async () => {
    const fetchPage: FetchPage = () => Promise.reject(new ApiError('bad-json', 'not JSON'))
    await expect(loadAllInstances(fetchPage, fast)).rejects.toMatchObject({ kind: 'bad-json' })
  })

  it('refuses a pager claiming more than 2,000 pages, fetching nothing beyond page 1', async () => {
    const fetchPage = server(1e9, 1)
    const error = (await loadAllInstances(fetchPage, { pageSize: 50, ...fast }).catch(
      (caught: unknown) => caught,
    )) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.message).toBe(
      'HPC-AI claims 1,000,000,000 instances in pages of 1, 1,000,000,000 pages; the dashboard loads at most 2,000.',
    )
    expect(error.retryable).toBe(false)
    expect(fetchPage.calls).toEqual([1])
  })

  it('loads exactly 2,000 pages when that is what the server claims', async () => {
    const fetchPage = server(2_000, 1)
    const result = await loadAllInstances(fetchPage, { pageSize: 50, concurrency: 50, ...fast })
    expect(result.instances).toHaveLength(2_000)
    expect(fetchPage.calls).toHaveLength(2_000)
  })

  it.each([0.5, 0.001])(
    'refuses a claimed page size of %s, fetching nothing beyond page 1',
    async (size) => {
      const calls: number[] = []
      const fetchPage: FetchPage = (page) => {
        calls.push(page)
        return Promise.resolve({
          items: [],
          pager: { currentPage: 1, pageSize: size, totalEntries: 10 },
        })
      }
      await expect(loadAllInstances(fetchPage, fast)).rejects.toMatchObject({
        kind: 'bad-shape',
        message: expect.stringContaining(`page size of ${size}`) as string,
        retryable: false,
      })
      expect(calls).toEqual([1])
    },
  )

  it('never asks for more than maxPages when the total grows while paging', async () => {
    let total = 100
    const calls: number[] = []
    const fetchPage: FetchPage = (page, size) => {
      calls.push(page)
      if (page === 2) total = 1e9
      return Promise.resolve(
        fakePage(idsOfPage(page, size, total), {
          currentPage: page,
          pageSize: size,
          totalEntries: total,
        }),
      )
    }
    const result = await loadAllInstances(fetchPage, { pageSize: 10, maxPages: 25, ...fast })
    expect(Math.max(...calls)).toBe(25)
    expect(result.instances).toHaveLength(250)
  })

  it('reports progress page by page', async () => {
    const progress: string[] = []
    await loadAllInstances(server(100, 25), {
      pageSize: 25,
      concurrency: 1,
      onProgress: ({ loadedPages, totalPages }) => progress.push(`${loadedPages}/${totalPages}`),
    })
    expect(progress).toEqual(['1/4', '2/4', '3/4', '4/4'])
  })
})
