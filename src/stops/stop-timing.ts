/** Refresh the list this often while a stop has been accepted and has not settled. */
export const FAST_REFRESH_MS = 3_000
/** Watch an accepted stop this long at most; then the normal refresh interval resumes. */
export const WATCH_MS = 120_000
