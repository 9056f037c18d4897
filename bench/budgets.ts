/**
 * The team's performance budgets (the design's "Budgets"; README "Performance" lists them with the
 * latest figures). `npm run bench` prints every measure beside its budget.
 */
// Size: the initial JS and each lazy kind's budget (npm run test:size checks them).
export { CHUNK_KINDS, INITIAL_JS_BUDGET_KB } from './chunk-kinds.ts'

/** Sort, facet toggle, search keystroke and drawer open at 10,000 instances (Event Timing). */
export const INTERACTION_10K = { medianMs: 16, worstMs: 32 }
/** The same interactions at 50,000 instances: median. */
export const INTERACTION_50K_MS = 50
export const HEAP_MB = { 10_000: 80, 50_000: 150 } as const
export const ROWS_IN_DOM = 100
/** Load time over the network limit: from 1,000 instances up, and at 100. */
export const loadRatioBudget = (instances: number) => (instances >= 1_000 ? 1.1 : 1.15)
/** First rows on screen, over the time of one request. */
export const FIRST_ROWS_RATIO = 1.2
