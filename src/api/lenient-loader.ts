import type { LenientReader } from './lenient-reader'

let loaded: LenientReader | null = null
let loading: Promise<LenientReader> | null = null

/** The lenient reader if it has loaded (then every later odd answer is read at once). */
export const lenientNow = (): LenientReader | null => loaded

/**
 * Loads the lenient reader (zod and the schema, a chunk of their own) on the first answer the
 * fast path cannot read; a failed load (a new deploy replaced the chunk) is tried again next time.
 */
export function loadLenient(): Promise<LenientReader> {
  loading ??= import('./lenient-reader').then(
    (module) => (loaded = module.lenientReader),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}
