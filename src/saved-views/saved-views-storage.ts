import { useMemo } from 'react'
import { setViews } from '../model/memory-actions'
import { memoryStore, useMemory } from '../model/memory-store'
import type { Message, SavedView } from './saved-views'
import { cleanViews } from './stored-views'

/**
 * Saved views live in the account's store on this device (model/memory-store.ts; view state,
 * never a token or instance data), shared by the account's tabs. An earlier version kept them in
 * localStorage: the store's first opening moves them over (src/memory/memory-db.ts).
 */
export function currentViews(): SavedView[] {
  return cleanViews(memoryStore.get().views)
}

/** The saved views, re-rendering when they change here or in another tab. */
export function useSavedViews(): SavedView[] {
  const { views } = useMemory()
  return useMemo(() => cleanViews(views), [views])
}

/** Keeps the new set and says so, or says why it could not. */
export function keep(views: readonly SavedView[], done: string): Message {
  if (!setViews(views)) {
    return {
      tone: 'danger',
      text: 'Saved views are still being read from this device: try again in a moment.',
    }
  }
  const { problem } = memoryStore.get()
  return problem ? { tone: 'danger', text: `${done} ${problem}` } : { tone: 'success', text: done }
}
