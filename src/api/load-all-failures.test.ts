import { describe, expect, it } from 'vitest'
import { ApiError } from './errors'
import { loadAllInstances, type FetchPage } from './load-all'
import { fakeServer, growingServer } from '../testing/test-pages'

const fast = { retryDelayMs: 0 }

describe('loadAllInstances: failures and limits', () => {
  it('keeps what loaded and names the page that failed after its retries', async () => {
    const good = fakeServer(150)
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
    const good = fakeServer(60)
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
    const good = fakeServer(1000, 10)
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
    const fetchPage = fakeServer(1e9, 1)
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
    const fetchPage = fakeServer(2_000, 1)
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
    const fetchPage = growingServer(100, 1e9)
    const result = await loadAllInstances(fetchPage, { pageSize: 10, maxPages: 25, ...fast })
    expect(Math.max(...fetchPage.calls)).toBe(25)
    expect(result.instances).toHaveLength(250)
  })
})
