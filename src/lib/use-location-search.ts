import { useSyncExternalStore } from 'react'

const listeners = new Set<() => void>()

/**
 * A view change the page already shows, whose history writes wait until the frame that shows it is
 * painted: a pushState costs that frame a few ms (on this project's bench every sort, filter and
 * drawer open was 10-25% slower with it). In order; a replace folds into the write before it.
 */
let pending: { search: string; writes: { url: string; mode: 'push' | 'replace' }[] } | null = null

function writeHistory(): void {
  const writes = pending?.writes ?? []
  pending = null
  window.removeEventListener('pagehide', writeHistory)
  for (const { url, mode } of writes)
    if (mode === 'push') window.history.pushState(null, '', url)
    else window.history.replaceState(null, '', url)
}

function subscribe(listener: () => void): () => void {
  // Back or forward before the writes were done: the history's own entry wins.
  const onPopState = () => {
    if (pending) window.removeEventListener('pagehide', writeHistory)
    pending = null
    listener()
  }
  listeners.add(listener)
  window.addEventListener('popstate', onPopState)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', onPopState)
  }
}

/** The query string the page shows: the address bar's, or the one about to be written there. */
export const currentSearch = (): string => pending?.search ?? window.location.search

/**
 * A part of the query string (`part` must be a stable function of it), re-rendering on
 * back/forward and on `navigateSearch` only when that part changes.
 */
export function useLocationSearchPart<T extends string | null>(part: (search: string) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => part(currentSearch()),
    () => part(''),
  )
}

/**
 * The page's path with its leading slashes collapsed to one: served at `//evil.example/`, a URL
 * built from the path alone would be protocol-relative (another host), which history refuses.
 */
export function pagePath(pathname: string = window.location.pathname): string {
  return pathname.replace(/^[/\\]+/, '/')
}

/** This page's absolute URL with another query string (and hash): the origin, then the path. */
export function pageUrl(search: string, hash = ''): string {
  return `${window.location.origin}${pagePath()}${search}${hash}`
}

/**
 * Changes the query string: `push` makes a history entry (back returns here), `replace` does not.
 * The page shows it at once; the address bar says so once the frame is painted (see `pending`).
 */
export function navigateSearch(search: string, mode: 'push' | 'replace'): void {
  if (search === currentSearch()) return
  const url = pageUrl(search, window.location.hash)
  if (!pending) {
    pending = { search, writes: [] }
    window.addEventListener('pagehide', writeHistory)
    requestAnimationFrame(() => setTimeout(writeHistory))
  }
  pending.search = search
  const last = pending.writes.at(-1)
  if (mode === 'replace' && last) last.url = url
  else pending.writes.push({ url, mode })
  listeners.forEach((listener) => listener())
}
