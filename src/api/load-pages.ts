import { ApiError, isAuthError } from './errors'
import { pageCombiner, type KeptPage, type LoadResult, type MissingPage } from './load-result'
import { checkedPageCount, coveringPages, isShortPage, mayFitSmaller } from './page-fit'
import { Interner } from './interner'
import { readItems, type InstancePage, type RawPage } from './parse-page'

export type FetchPage = (page: number, pageSize: number, signal?: AbortSignal) => Promise<RawPage>

export interface LoadProgress {
  loadedPages: number
  totalPages: number
  /** Set while waiting to retry (Retry-After or backoff): until when, and why. */
  retry?: { until: number; reason: string }
}

/** Republishing costs work proportional to the rows so far: the more rows, the rarer. */
export const partialEveryMs = (count: number) => Math.max(200, count / 20)

/** A server that serves the large size asked for sent a page short: pages must be asked smaller. */
export class SmallerPagesNeeded extends Error {
  constructor() {
    super('HPC-AI served a large page short; loading again with smaller pages.')
  }
}

export interface PagePlan {
  fetchPage: FetchPage
  /** The size of every page after page 1, as page 1 showed the server serves. */
  size: number
  first: RawPage
  /** Set when `size` is a large size the server accepted: what a failed page is asked again in. */
  fallbackSize: number | null
  concurrency: number
  maxPages: number
  retry: (attempt: () => Promise<RawPage>) => Promise<RawPage>
  signal: AbortSignal
  /** Aborts the whole load (a refused token). */
  stop: AbortController
  emit: (progress: LoadProgress) => void
  onPartial?: (partial: LoadResult) => void
  /** A page of the fallback size got what a large page did not. */
  onFallback: () => void
}

interface Task {
  page: number
  size: number
}

/**
 * Pages 2 and on of `plan.size`, `plan.concurrency` at a time; each kept by where it starts in the
 * list, so that pages of two sizes combine in order. With a fallback size, a failed page is asked
 * again as the smaller pages that cover it, and a short page stops all with SmallerPagesNeeded.
 */
export async function loadPages(plan: PagePlan): Promise<LoadResult> {
  const { size, first, signal, fallbackSize } = plan
  let totalEntries = first.pager.totalEntries
  let basePages = checkedPageCount(size, totalEntries, plan.maxPages)
  let totalPages = basePages
  const pageCount = (total: number) => Math.min(plan.maxPages, Math.max(1, Math.ceil(total / size)))
  const pages = new Map<number, KeptPage>()
  const missing = new Map<number, MissingPage>()
  // One copy of each shared value (region, image, …) for the whole load.
  const interner = new Interner()
  // At once for documented items; after the lenient reader loads for any other (then async).
  const keep = ({ page, size }: Task, raw: RawPage): Promise<void> | undefined => {
    const set = (items: Omit<InstancePage, 'pager'>) =>
      void pages.set((page - 1) * size, { ...items, pager: raw.pager, size })
    const items = readItems(raw.items, interner)
    if (!(items instanceof Promise)) return set(items)
    return items.then(set)
  }
  const combinePages = pageCombiner()
  const combine = () => combinePages(pages, missing, totalEntries)
  let partialAt = 0
  let fellBack = false
  const publishPartial = () => {
    if (!plan.onPartial || signal.aborted) return
    plan.onPartial({ ...combine(), partial: true })
    partialAt = performance.now()
  }
  const report = () => {
    plan.emit({ loadedPages: pages.size + missing.size, totalPages })
    const done = pages.size + missing.size >= totalPages
    if (!done && performance.now() - partialAt >= partialEveryMs(pages.size * size))
      publishPartial()
  }
  const queue: Task[] = []
  const receivePage = (task: Task, raw: RawPage): Promise<void> | undefined => {
    const large = fallbackSize !== null && task.size === size
    if (task.size !== size && raw.pager.pageSize !== task.size) {
      // A page asked again smaller came back in another size: where its instances sit is unknown.
      missing.set((task.page - 1) * task.size, { page: task.page, error: resized(task, raw) })
      return
    }
    if (large && isShortPage(task.page, size, raw.pager, raw.items.length)) {
      throw new SmallerPagesNeeded()
    }
    if (!large && fallbackSize !== null && !fellBack) {
      fellBack = true
      plan.onFallback()
    }
    totalEntries = Math.max(totalEntries, raw.pager.totalEntries)
    return keep(task, raw)
  }
  const receiveError = (task: Task, error: unknown) => {
    const large = fallbackSize !== null && task.size === size
    if (isAuthError(error) || !(error instanceof ApiError)) {
      plan.stop.abort(error)
      throw error
    } else if (large && mayFitSmaller(error) && size % fallbackSize === 0) {
      const smaller = coveringPages(task.page, size, fallbackSize)
      queue.push(...smaller.map((page) => ({ page, size: fallbackSize })))
      totalPages += smaller.length - 1
    } else missing.set((task.page - 1) * task.size, { page: task.page, error })
  }
  /** Takes in a page or its failure: at once, or once its items are read (see keep). */
  const receive = (task: Task, raw: RawPage | undefined, error: unknown) => {
    const kept = raw ? receivePage(task, raw) : receiveError(task, error)
    if (kept) return kept.then(report)
    report()
  }
  const run = (tasks: Task[]) => runPool(tasks, queue, plan, receive)

  // Start the remaining pages first, then parse page 1 and tell the UI while they are in flight.
  const remaining = run(range(2, basePages).map((page) => ({ page, size })))
  // Awaited below: a failure while page 1 is read (the lenient reader loading) is not unhandled.
  remaining.catch(() => {})
  const firstKept = keep({ page: 1, size }, first)
  if (firstKept) await firstKept
  if (basePages > 1) publishPartial()
  report()
  await remaining
  // The total grew while we paged: fetch the new tail once; the next refresh catches further growth.
  if (pageCount(totalEntries) > basePages) {
    const from = basePages + 1
    totalPages += pageCount(totalEntries) - basePages
    basePages = pageCount(totalEntries)
    await run(range(from, basePages).map((page) => ({ page, size })))
  }
  return combine()
}

/**
 * Runs `tasks` and whatever `receive` adds to `queue`, at most `plan.concurrency` at a time. Each
 * worker asks for its next page before it reads the one that just arrived, so that reading never
 * holds a request back. The first error `receive` throws (or rejects with) stops the pool and rejects.
 */
function runPool(
  tasks: Task[],
  queue: Task[],
  plan: PagePlan,
  receive: (task: Task, raw: RawPage | undefined, error: unknown) => Promise<void> | undefined,
): Promise<void> {
  queue.push(...tasks)
  const stopped = new AbortController()
  const signal = AbortSignal.any([plan.signal, stopped.signal])
  const request = (task: Task) =>
    plan
      .retry(() => plan.fetchPage(task.page, task.size, signal))
      .then(
        (raw) => ({ task, raw, error: undefined }),
        (error: unknown) => ({ task, raw: undefined, error }),
      )
  const next = () => {
    const task = signal.aborted ? undefined : queue.shift()
    return task && request(task)
  }
  return new Promise<void>((resolve, reject) => {
    let active = 0
    const worker = async () => {
      active++
      let inFlight = next()
      while (inFlight) {
        const { task, raw, error } = await inFlight
        if (signal.aborted) break
        inFlight = next()
        const received = receive(task, raw, error)
        if (received) await received
        inFlight ??= next()
        start()
      }
      active--
      if (active === 0) finish()
    }
    const start = () => {
      while (active < plan.concurrency && queue.length > 0 && !signal.aborted)
        void worker().catch((error: unknown) => {
          stopped.abort(error)
          reject(error instanceof Error ? error : new Error(String(error)))
        })
    }
    // An aborted load (a refused token, or the caller) ends as the abort, never as a short list.
    const finish = () => (plan.signal.aborted ? reject(abortReason(plan.signal)) : resolve())
    start()
    if (active === 0) finish()
  })
}

const resized = (task: Task, raw: RawPage) =>
  new ApiError(
    'bad-shape',
    `HPC-AI answered a request for ${task.size} instances with pages of ${raw.pager.pageSize}.`,
    { retryable: false },
  )

function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason
  return reason instanceof Error ? reason : new DOMException('Aborted', 'AbortError')
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index)
}
