import { describe, expect, it } from 'vitest'
import { claimAccountStores, createStore, resetAccountStores } from './store'

const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

describe('account stores', () => {
  it('all go back to their first state on sign-out', () => {
    const selection = createStore<string[]>([])
    const log = createStore(0)
    selection.set(['a'])
    log.set((n) => n + 2)
    resetAccountStores()
    expect(selection.get()).toEqual([])
    expect(log.get()).toBe(0)
  })

  it('start afresh for another account and are kept for the same one', () => {
    const selection = createStore<string[]>([])
    claimAccountStores('alice')
    selection.set(['a'])
    claimAccountStores('alice')
    expect(selection.get()).toEqual(['a'])
    claimAccountStores('bob')
    expect(selection.get()).toEqual([])
  })

  it('are the only state kept outside React: no other external store in src', () => {
    // A hand-written store (useSyncExternalStore) would not be reset by sign-out. The address bar
    // and the media queries are the browser's, not an account's.
    const allowed = ['lib/store.ts', 'lib/use-location-search.ts', 'lib/media-query.ts']
    const stray = Object.entries(sources)
      .filter(([, text]) => text.includes('useSyncExternalStore'))
      .map(([path]) => path.replace('/src/', ''))
      .filter((path) => !path.startsWith('testing/') && !allowed.includes(path))
    expect(stray).toEqual([])
  })
})
