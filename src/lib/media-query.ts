import { useSyncExternalStore } from 'react'

/** Below the `tablet` breakpoint (tailwind.config.ts): the phone layout, as `max-tablet:` classes draw it. */
export const PHONE_QUERY = '(width < 48rem)'

/**
 * Calls `onChange` with whether a CSS media query matches, now and on every change, until the
 * returned function is called. Where there is no matchMedia it never matches.
 */
export function watchMediaQuery(query: string, onChange: (matches: boolean) => void): () => void {
  if (typeof window.matchMedia !== 'function') {
    onChange(false)
    return () => {}
  }
  const list = window.matchMedia(query)
  const update = () => onChange(list.matches)
  update()
  list.addEventListener('change', update)
  return () => list.removeEventListener('change', update)
}

// One list per query: matchMedia evaluates the query anew on each call, and the snapshot is read
// on every render of every component that asks.
const lists = new Map<string, MediaQueryList>()
function matches(query: string): boolean {
  if (typeof window.matchMedia !== 'function') return false
  let list = lists.get(query)
  if (!list) lists.set(query, (list = window.matchMedia(query)))
  return list.matches
}

/** Whether a media query matches, re-rendering when that changes (read at once: no first-frame flash). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => watchMediaQuery(query, onChange),
    () => matches(query),
    () => false,
  )
}

/** The phone layout (cards instead of a table), as `max-tablet:` classes draw it. */
export const usePhone = () => useMediaQuery(PHONE_QUERY)
