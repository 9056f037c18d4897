import { useSyncExternalStore } from 'react'
import type { Message, SavedView } from './saved-views'
import { readStoredViews, writeViews } from './stored-views'

/** Saved views live in this browser only: view state, never a token or instance data. */
export const STORAGE_KEY = 'hpcai.savedViews'

const listeners = new Set<() => void>()
let cache: { text: string | null; views: SavedView[] } = { text: null, views: [] }

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null // storage disabled
  }
}

function snapshot(): SavedView[] {
  const text = storage()?.getItem(STORAGE_KEY) ?? null
  if (text !== cache.text) cache = { text, views: readStoredViews(text) }
  return cache.views
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // Another tab saved or deleted a view.
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

/** Replaces the saved views; false when this browser keeps nothing (storage off or full). */
export function storeViews(views: readonly SavedView[]): boolean {
  try {
    const target = storage()
    if (!target) return false
    if (views.length) target.setItem(STORAGE_KEY, writeViews(views))
    else target.removeItem(STORAGE_KEY)
  } catch {
    return false
  }
  listeners.forEach((listener) => listener())
  return true
}

/** The saved views, re-rendering when they change here or in another tab. */
export function useSavedViews(): SavedView[] {
  return useSyncExternalStore(subscribe, snapshot, () => cache.views)
}

export function currentViews(): SavedView[] {
  return snapshot()
}

/** Keeps the new set and says so, or says why this browser would not keep it. */
export function keep(views: readonly SavedView[], done: string): Message {
  return storeViews(views)
    ? { tone: 'success', text: done }
    : {
        tone: 'danger',
        text: 'This browser does not let the dashboard keep saved views (storage is off or full).',
      }
}
