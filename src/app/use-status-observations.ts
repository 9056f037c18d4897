import { useState } from 'react'
import type { Instance } from '../api/instance'
import { NO_OBSERVATIONS, observeStatuses, type Observations } from '../model/observations'

/**
 * What this page has seen of each instance's status and since when, updated once per load (at
 * the load's time). Kept in memory only: a reload or sign-out starts over.
 */
export function useStatusObservations(
  instances: readonly Instance[] | undefined,
  loadedAt: number,
): Observations {
  const [state, setState] = useState<{ seen: readonly Instance[] | undefined; map: Observations }>(
    () => ({
      seen: instances,
      map: instances ? observeStatuses(NO_OBSERVATIONS, instances, loadedAt) : NO_OBSERVATIONS,
    }),
  )
  if (instances && state.seen !== instances) {
    const map = observeStatuses(state.map, instances, loadedAt)
    setState({ seen: instances, map })
    return map
  }
  return state.map
}
