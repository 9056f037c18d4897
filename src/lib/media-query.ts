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
