import { onIdle } from '../lib/idle'
import { loadMemorySession } from './use-account-memory'

/**
 * While the token screen waits for a token, loads the parts the dashboard asks for right after its
 * first paint in idle time: the export and header tools, the device memory's code (IndexedDB), the
 * attention rules' words and the headers' resize edges. Otherwise their code is fetched, compiled
 * and run while the first page of instances is on its way in, and its answer waits behind them
 * (seen: 60 ms later rows).
 * Returns the undo.
 */
export function warmDashboardParts(): () => void {
  const start = () => {
    import('./export-tools').catch(() => undefined)
    import('./header-tools').catch(() => undefined)
    loadMemorySession().catch(() => undefined)
    import('../instances/summary/attention-rules-list').catch(() => undefined)
    import('../instances/table/resize-handle').catch(() => undefined)
  }
  if (typeof requestIdleCallback !== 'function') return () => undefined
  return onIdle(2_000)(start)
}
