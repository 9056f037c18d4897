import { beforeAll, describe, expect, it } from 'vitest'
import { lenientNow, loadLenient } from './lenient-loader'
import { loadAllInstances, type FetchPage } from './load-all'
import { fakePage, idsOfPage, fakeServer, growingServer } from '../testing/test-pages'

const fast = { retryDelayMs: 0 }

describe('loadAllInstances: paging', () => {
  // The fake pages' items are not of the documented shape: the lenient reader reads them, loaded
  // here up front as in the app after the first such page (before, reading waits for it).
  beforeAll(async () => {
    await loadLenient()
  })

  it('asks for the next page before reading the one that just arrived', async () => {
    expect(lenientNow()).not.toBeNull()
    const server = fakeServer(150, 50)
    let received = 0
    const receivedWhenAsked = new Map<number, number>()
    const fetchPage: FetchPage = (page, size, signal) => {
      receivedWhenAsked.set(page, received)
      return server(page, size, signal)
    }
    await loadAllInstances(fetchPage, {
      pageSize: 50,
      concurrency: 1,
      ...fast,
      onProgress: ({ loadedPages }) => (received = loadedPages),
    })
    // Page 3 was asked for while page 2 had arrived but was not yet read (counted).
    expect(receivedWhenAsked.get(3)).toBe(1)
  })

  it('loads every page and keeps the server order', async () => {
    const result = await loadAllInstances(fakeServer(120), { pageSize: 50, ...fast })
    expect(result.instances.map((i) => i.id)).toEqual(idsOfPage(1, 120, 120))
    expect(result).toMatchObject({
      totalEntries: 120,
      duplicates: 0,
      missingPages: [],
      pageError: null,
    })
  })

  it('uses the page size the server reported when it is smaller than asked', async () => {
    const fetchPage = fakeServer(92, 20)
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
    const fetchPage = growingServer(100, 130) // instances were created while paging
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

  it('reports progress page by page', async () => {
    const progress: string[] = []
    await loadAllInstances(fakeServer(100, 25), {
      pageSize: 25,
      concurrency: 1,
      onProgress: ({ loadedPages, totalPages }) => progress.push(`${loadedPages}/${totalPages}`),
    })
    expect(progress).toEqual(['1/4', '2/4', '3/4', '4/4'])
  })
})
