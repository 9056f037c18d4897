import type { LoadResult } from './load-result'
import {
  loadPages,
  SmallerPagesNeeded,
  type FetchPage,
  type LoadProgress,
  type PagePlan,
} from './load-pages'
import { checkedPageCount, isRateLimit, mayFitSmaller, sizeAfterFirstPage } from './page-fit'
import { FALLBACK_PAGE_SIZE, LARGE_PAGE_SIZE, PAGE_CONCURRENCY } from './paging'
import type { RawPage } from './parse-page'
import { withRetry } from './retry'
import type { ApiError } from './errors'

export { partialEveryMs, type FetchPage, type LoadProgress } from './load-pages'

export interface LoadOptions {
  /** The page size asked for first; the server's answer decides the size of the other pages. */
  pageSize?: number
  /** Asked for instead when a larger page is refused, fails, or comes back short. */
  fallbackPageSize?: number
  /** Called when the fallback size got what a larger one did not: later loads should ask for it. */
  onFallback?: (pageSize: number) => void
  concurrency?: number
  maxPages?: number
  retries?: number
  retryDelayMs?: number
  signal?: AbortSignal
  onProgress?: (progress: LoadProgress) => void
  /**
   * The instances received so far, while later pages are still on their way: at once after page 1,
   * then at most every `partialEveryMs(count)` ms, so that a long load shows rows from the start
   * without redrawing the table on every page.
   */
  onPartial?: (partial: LoadResult) => void
}

/** More pages than this means the server's pager cannot be right: refused, never fetched. */
export const MAX_PAGES = 2_000

/**
 * Loads every instance: page 1 first, asking for `pageSize`, then the remaining pages
 * `concurrency` at a time, sized by what page 1 shows the server serves. A large page that is
 * refused or fails, or a server that serves large pages short, makes it start again with
 * `fallbackPageSize`. Bounded by `maxPages`, so it never loops forever.
 */
export async function loadAllInstances(
  fetchPage: FetchPage,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const { pageSize = LARGE_PAGE_SIZE, fallbackPageSize = FALLBACK_PAGE_SIZE } = options
  const { onFallback, onProgress, maxPages = MAX_PAGES } = options
  // One fatal failure (auth) stops the pages still in flight.
  const stop = new AbortController()
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal
  let progress: LoadProgress = { loadedPages: 0, totalPages: 1 }
  const emit = (next: LoadProgress) => {
    progress = next
    onProgress?.(next)
  }
  const retry = (fn: () => Promise<RawPage>, shouldRetry?: (error: ApiError) => boolean) =>
    withRetry(fn, {
      retries: options.retries ?? 2,
      shouldRetry,
      baseDelayMs: options.retryDelayMs ?? 500,
      signal,
      onWait: (delayMs, error) =>
        emit({ ...progress, retry: { until: Date.now() + delayMs, reason: error.message } }),
    })
  const plan = (size: number, first: RawPage, canFallBack: boolean): PagePlan => ({
    fetchPage,
    size,
    first,
    fallbackSize: canFallBack ? fallbackPageSize : null,
    concurrency: options.concurrency ?? PAGE_CONCURRENCY,
    maxPages,
    retry: (fn) => retry(fn),
    signal,
    stop,
    emit,
    onPartial: options.onPartial,
    onFallback: () => onFallback?.(fallbackPageSize),
  })
  const small = async () => {
    const first = await retry(() => fetchPage(1, fallbackPageSize, signal))
    if (pageSize > fallbackPageSize) onFallback?.(fallbackPageSize)
    return loadPages(plan(first.pager.pageSize, first, false))
  }

  if (pageSize <= fallbackPageSize) {
    const first = await retry(() => fetchPage(1, pageSize, signal))
    return loadPages(plan(first.pager.pageSize, first, false))
  }
  let first: RawPage
  try {
    // A large page is tried once (a rate limit is waited out): a refusal is not worth repeating.
    first = await retry(() => fetchPage(1, pageSize, signal), isRateLimit)
  } catch (error) {
    if (signal.aborted || !mayFitSmaller(error)) throw error
    return small()
  }
  checkedPageCount(first.pager.pageSize, first.pager.totalEntries, maxPages)
  const size = sizeAfterFirstPage(first.pager, first.items.length)
  if (size < 1) return small()
  try {
    // The server serves the size asked for: a page that fails or comes back short may fit smaller.
    return await loadPages(plan(size, first, size === pageSize))
  } catch (error) {
    if (!(error instanceof SmallerPagesNeeded) || signal.aborted) throw error
    return small()
  }
}
