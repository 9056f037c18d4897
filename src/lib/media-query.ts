import { useSyncExternalStore } from 'react'

/** Below Tailwind's `md` breakpoint (48rem, 768 px): the phone layout, as `max-md:` classes draw it. */
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

/** Whether a media query matches, re-rendering when that changes (read at once: no first-frame flash). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => watchMediaQuery(query, onChange),
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  )
}

/** The phone layout (cards instead of a table), as `max-md:` classes draw it. */
export const usePhone = () => useMediaQuery(PHONE_QUERY)
