/**
 * The team's performance budgets (the design's "Budgets"; README "Performance" lists them with the
 * latest figures). `npm run bench` prints every measure beside its budget.
 */
// Size: the initial JS and each lazy kind's budget (npm run test:size checks them).
export { CHUNK_KINDS, INITIAL_JS_BUDGET_KB } from './chunk-kinds.ts'

/**
 * Sort, search filter, facet toggle and drawer open at 10,000 and 50,000 instances: median
 * (frame-accurate) over the browser floor's median in the same run.
 */
export const INTERACTION_FLOOR_RATIO = 1.5
/** JS heap after GC at 50,000 over that of a page holding only the raw API objects. */
export const HEAP_RAW_RATIO = 1.5
export const ROWS_IN_DOM = 100
/** Load time over the network limit: from 1,000 instances up, and at 100. */
export const loadRatioBudget = (instances: number) => (instances >= 1_000 ? 1.1 : 1.15)
/** A load from a server without a page cap over the naive client asking 1,000 per page. */
export const UNCAPPED_LOAD_RATIO = 1.25
/** First rows on screen, over one request: the naive client's page 1 of the same size, in the same run. */
export const FIRST_ROWS_RATIO = 1.3
