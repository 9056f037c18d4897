import { useSyncExternalStore } from 'react'
import type { LoadProgress } from './load-all'

type Listener = () => void

/** Paging progress of the current load, outside React Query (whose queryFn cannot stream). */
function createProgressStore() {
  let progress: LoadProgress | null = null
  const listeners = new Set<Listener>()
  return {
    set: (next: LoadProgress | null): void => {
      progress = next
      listeners.forEach((listener) => listener())
    },
    get: (): LoadProgress | null => progress,
    subscribe: (listener: Listener): (() => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export const loadProgress = createProgressStore()

export function useLoadProgress(): LoadProgress | null {
  return useSyncExternalStore(loadProgress.subscribe, loadProgress.get, loadProgress.get)
}
