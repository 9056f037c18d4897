import { createStore, useStore } from '../lib/store'
import type { LoadProgress } from './load-all'

/** Paging progress of the current load, outside React Query (whose queryFn cannot stream). */
export const loadProgress = createStore<LoadProgress | null>(null)

export function useLoadProgress(): LoadProgress | null {
  return useStore(loadProgress)
}
