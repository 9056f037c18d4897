/**
 * While the token screen waits for a token, loads the parts the dashboard asks for right after its
 * first paint (the export and header tools) in idle time. Otherwise their code is
 * compiled and run while the first page of instances is on its way in, and the first rows wait
 * for it. Returns the undo.
 */
export function warmDashboardParts(): () => void {
  const start = () => {
    import('./export-tools').catch(() => undefined)
    import('./header-tools').catch(() => undefined)
  }
  if (typeof requestIdleCallback !== 'function') return () => undefined
  const handle = requestIdleCallback(start, { timeout: 2_000 })
  return () => cancelIdleCallback(handle)
}
