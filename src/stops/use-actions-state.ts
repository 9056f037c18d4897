import { selectionStore } from './selection-store'
import { isSending, stopsStore } from './stops-store'
import { useStore } from '../lib/store'

/**
 * What the dashboard needs of the actions: the optimistic "Stop requested" ids, whether the list
 * should refresh fast (a stop is being watched), whether the stop controls are in use (load
 * them), whether a batch is being sent, and the batch (its outcome keeps rows in view).
 */
export function useActionsState() {
  const selection = useStore(selectionStore)
  const state = useStore(stopsStore)
  const { pending, watched, confirm, batch } = state
  return {
    pending,
    watching: watched.size > 0,
    active: selection.ids.size > 0 || confirm !== null || batch !== null,
    sending: isSending(state),
    batch,
  }
}
