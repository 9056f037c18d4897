import { ApiError, isAuthError } from './errors'
import type { Pager } from './parse-page'

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })

/**
 * Whether a failed request for a large page may succeed with smaller pages: any failure of the
 * API's but a refused token and a rate limit (which smaller pages would only make worse).
 */
export function mayFitSmaller(error: unknown): error is ApiError {
  return error instanceof ApiError && !isAuthError(error) && !isRateLimit(error)
}

export const isRateLimit = (error: ApiError) => error.status === 429

/**
 * The page size to continue with after page 1: the size the pager says was used, unless page 1
 * held fewer instances than that pager implies (a server that caps without saying so), then the
 * number it held. 0 when page 1 was empty though instances were announced.
 */
export function sizeAfterFirstPage(pager: Pager, received: number): number {
  const expected = Math.min(pager.pageSize, pager.totalEntries)
  return received < expected ? received : pager.pageSize
}

/** Whether `page` (of `size`) held fewer instances than its own pager implies. */
export function isShortPage(page: number, size: number, pager: Pager, received: number): boolean {
  const expected = Math.max(0, Math.min(size, pager.totalEntries - (page - 1) * size))
  return received < expected
}

/** The pages of `smaller` that cover page `page` of `size` (`size` a multiple of `smaller`). */
export function coveringPages(page: number, size: number, smaller: number): number[] {
  const per = size / smaller
  return Array.from({ length: per }, (_, index) => (page - 1) * per + index + 1)
}

/**
 * The number of pages page 1's pager announces, or an ApiError naming the claim when it cannot be
 * right (a page size below 1, or more than `maxPages` pages).
 */
export function checkedPageCount(pageSize: number, totalEntries: number, maxPages: number): number {
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
