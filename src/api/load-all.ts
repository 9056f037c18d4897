import { ApiError, isAuthError } from './errors'
import { combinePages, type LoadResult } from './load-result'
import { parseItems, type InstancePage, type RawPage } from './parse-page'
import { DEFAULT_PAGE_SIZE, PAGE_CONCURRENCY } from './paging'
import { withRetry } from './retry'

export type FetchPage = (page: number, pageSize: number, signal?: AbortSignal) => Promise<RawPage>

export interface LoadProgress {
  loadedPages: number
  totalPages: number
  /** Set while waiting to retry (Retry-After or backoff): until when, and why. */
  retry?: { until: number; reason: string }
}

export interface LoadOptions {
  pageSize?: number
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

/** Republishing costs work proportional to the rows so far: the more rows, the rarer. */
export const partialEveryMs = (count: number) => Math.max(200, count / 20)

/** More pages than this means the server's pager cannot be right: refused, never fetched. */
export const MAX_PAGES = 2_000

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })

/**
 * The number of pages page 1's pager announces, or an ApiError naming the claim when it cannot be
 * right (a page size below 1, or more than `maxPages` pages).
 */
function checkedPageCount(pageSize: number, totalEntries: number, maxPages: number): number {
  if (!(pageSize >= 1)) {
    throw new ApiError(
      'bad-shape',
      `HPC-AI claims a page size of ${count.format(pageSize)}; the dashboard needs at least 1 instance per page.`,
      { retryable: false },
    )
  }
  const pages = Math.max(1, Math.ceil(totalEntries / pageSize))
  if (!(pages <= maxPages)) {
    throw new ApiError(
      'bad-shape',
      `HPC-AI claims ${count.format(totalEntries)} instances in pages of ${count.format(pageSize)}, ` +
        `${count.format(pages)} pages; the dashboard loads at most ${count.format(maxPages)}.`,
      { retryable: false },
    )
  }
  return pages
}

/**
 * Loads every instance: page 1 first, then the remaining pages `concurrency` at a time, sized by
 * the page size the server says it used. Bounded by `maxPages`, so it never loops forever.
 */
export async function loadAllInstances(
  fetchPage: FetchPage,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const {
    pageSize = DEFAULT_PAGE_SIZE,
    concurrency = PAGE_CONCURRENCY,
    maxPages = MAX_PAGES,
    onProgress,
    onPartial,
  } = options
  // One fatal failure (auth) stops the pages still in flight.
  const stop = new AbortController()
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal
  let progress: LoadProgress = { loadedPages: 0, totalPages: 1 }
  const emit = (next: LoadProgress) => {
    progress = next
    onProgress?.(next)
  }
  const retry = (fn: () => Promise<RawPage>) =>
    withRetry(fn, {
      retries: options.retries ?? 2,
      baseDelayMs: options.retryDelayMs ?? 500,
      signal,
      onWait: (delayMs, error) =>
        emit({ ...progress, retry: { until: Date.now() + delayMs, reason: error.message } }),
    })

  const first = await retry(() => fetchPage(1, pageSize, signal))
  const size = first.pager.pageSize
  let totalEntries = first.pager.totalEntries
  let totalPages = checkedPageCount(size, totalEntries, maxPages)
  // Later pages may report a larger total (instances created meanwhile): still never past maxPages.
  const pageCount = (total: number) => Math.min(maxPages, Math.max(1, Math.ceil(total / size)))
  const pages = new Map<number, InstancePage>()
  const keep = (page: number, raw: RawPage) =>
    pages.set(page, { ...parseItems(raw.items), pager: raw.pager })
  const missing = new Map<number, ApiError>()
  let partialAt = 0
  const publishPartial = () => {
    if (!onPartial || signal.aborted) return
    const partial = combinePages(pages, missing, totalEntries)
    onPartial({ ...partial, partial: true })
    partialAt = performance.now()
  }
  const report = () => {
    emit({ loadedPages: pages.size + missing.size, totalPages })
    const done = pages.size + missing.size >= totalPages
    if (!done && performance.now() - partialAt >= partialEveryMs(pages.size * size))
      publishPartial()
  }
  type Outcome = { page: number; raw?: RawPage; error?: unknown }
  const request = (page: number): Promise<Outcome> =>
    retry(() => fetchPage(page, size, signal)).then(
      (raw) => ({ page, raw }),
      (error: unknown) => ({ page, error }),
    )
  const receive = ({ page, raw, error }: Outcome) => {
    if (raw) {
      keep(page, raw)
      totalEntries = Math.max(totalEntries, raw.pager.totalEntries)
    } else if (isAuthError(error) || !(error instanceof ApiError)) {
      stop.abort(error)
      throw error
    } else missing.set(page, error)
    report()
  }
  const loadPages = async (numbers: number[]) => {
    const queue = [...numbers]
    const next = () => (signal.aborted ? undefined : queue.shift())
    // Each worker keeps one request in flight: the next page is asked for before the one that
    // just arrived is parsed, so that the time spent reading a page never holds a request back.
    const worker = async () => {
      const first = next()
      let inFlight = first === undefined ? undefined : request(first)
      while (inFlight) {
        const outcome = await inFlight
        const following = next()
        inFlight = following === undefined ? undefined : request(following)
        receive(outcome)
      }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker))
  }

  // Start the remaining pages first, then parse page 1 and tell the UI while they are in flight.
  const remaining = loadPages(range(2, totalPages))
  keep(1, first)
  if (totalPages > 1) publishPartial()
  report()
  await remaining
  // The total grew while we paged: fetch the new tail once; the next refresh catches further growth.
  if (pageCount(totalEntries) > totalPages) {
    const from = totalPages + 1
    totalPages = pageCount(totalEntries)
    await loadPages(range(from, totalPages))
  }

  return combinePages(pages, missing, totalEntries)
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index)
}
