import { selectionStore } from './selection-store'
import { stopsStore } from './stops-store'
import { useStore } from '../lib/store'

/**
 * What the dashboard needs of the actions: the optimistic "Stopping" ids, whether the list should
 * refresh fast (a stop is being watched), and whether the stop controls are in use (load them).
 */
export function useActionsState() {
  const selection = useStore(selectionStore)
  const { pending, watched, confirm, batch } = useStore(stopsStore)
  return {
    pending,
    watching: watched.size > 0,
    active: selection.ids.size > 0 || confirm !== null || batch !== null,
  }
}
