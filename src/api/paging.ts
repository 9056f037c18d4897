import { createStore } from '../lib/store'

/** How the app pages through the instance list; the benchmark computes its limits from these too. */

/**
 * What a load asks for first: large pages, so that a big fleet takes few requests. The server may
 * answer with fewer (a cap, said in `pager.pageSize` or not): the loader continues with that size.
 */
export const LARGE_PAGE_SIZE = 1000

/** What is asked for once a large page was refused or failed where a small one did not. */
export const FALLBACK_PAGE_SIZE = 50

/** Pages in flight at once after the first one (a browser's connections per host). */
export const PAGE_CONCURRENCY = 6

/**
 * The page size this session's loads ask for: large until a large page failed where a small one
 * was served; then the fallback, until sign-out (an account store, reset with the others).
 */
export const sessionPageSize = createStore<number>(LARGE_PAGE_SIZE)
