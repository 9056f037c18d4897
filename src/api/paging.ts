/** How the app pages through the instance list; the benchmark computes its limits from these too. */

/** What each request asks for; the server may answer with fewer (its `pager.pageSize` wins). */
export const DEFAULT_PAGE_SIZE = 50

/** Pages in flight at once after the first one (a browser's connections per host). */
export const PAGE_CONCURRENCY = 6
