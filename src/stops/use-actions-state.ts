import { useMemo } from 'react'
import { selectionStore } from './selection-store'
import { keptStops } from './kept-stops'
import { isSending, stopsStore } from './stops-store'
import { useStore } from '../lib/store'

/**
 * What the dashboard needs of the actions: the optimistic "Stop requested" ids, whether the list
 * should refresh fast (a stop is being watched), whether the stop controls are in use (load
 * them), whether a batch is being sent, and the rows kept in view for a stop's outcome.
 */
export function useActionsState() {
  const selection = useStore(selectionStore)
  const state = useStore(stopsStore)
  const { pending, watched, confirm, batch } = state
  const kept = useMemo(() => keptStops({ batch }), [batch])
  return {
    pending,
    watching: watched.size > 0,
    active: selection.ids.size > 0 || confirm !== null || batch !== null,
    sending: isSending(state),
    kept,
  }
}
