import { useSyncExternalStore } from 'react'

const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

const getSearch = () => window.location.search

/** The query string, re-rendering on back/forward and on `navigateSearch`. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, () => '')
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

/** Changes the query string: `push` makes a history entry (back returns here), `replace` does not. */
export function navigateSearch(search: string, mode: 'push' | 'replace'): void {
  if (search === window.location.search) return
  const url = pageUrl(search, window.location.hash)
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
  listeners.forEach((listener) => listener())
}
