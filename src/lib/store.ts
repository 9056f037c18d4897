import { useSyncExternalStore } from 'react'

/** A tiny external store: state that outlives the components showing it (e.g. across a sign-in). */
export interface Store<T> {
  get: () => T
  set: (next: T | ((previous: T) => T)) => void
  subscribe: (listener: () => void) => () => void
  /** Back to the state it was created with. */
  reset: () => void
}

/** Every store created, so that one call forgets an account's state (sign-out, another account). */
const accountStores = new Set<Store<unknown>>()
let owner: string | null = null

/**
 * A store of one account's state. The only way to make one, so that none can be left out of
 * `resetAccountStores` and leak an account's data into the next sign-in.
 */
export function createStore<T>(initial: T): Store<T> {
  let state = initial
  const listeners = new Set<() => void>()
  const set: Store<T>['set'] = (next) => {
    const value = typeof next === 'function' ? (next as (previous: T) => T)(state) : next
    if (Object.is(value, state)) return
    state = value
    for (const listener of listeners) listener()
  }
  const store: Store<T> = {
    get: () => state,
    set,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    reset: () => set(initial),
  }
  accountStores.add(store as Store<unknown>)
  return store
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}

/** Sign-out: every account store back to its initial state. */
export function resetAccountStores(): void {
  for (const store of accountStores) store.reset()
  owner = null
}

/**
 * The account the stores now hold: signing in as another one starts afresh; the same account
 * (a new token after an expiry) finds its state again.
 */
export function claimAccountStores(subject: string): void {
  if (owner !== null && owner !== subject) resetAccountStores()
  owner = subject
}

/** How many stores are registered (for the test that every account store resets). */
export const accountStoreCount = () => accountStores.size
