import { useMemo } from 'react'
import type { StopAccess } from '../model/stop-access'
import { requestStop, type StopsState } from './stops-store'

/** The stop controls as other features may use them (see model/stop-access.ts). */
export function useStopAccess(pending: StopsState['pending'], sending: boolean): StopAccess {
  return useMemo(
    () => ({
      isPending: (id) => pending.has(id),
      busy: sending ? 'Wait until the stops being sent are answered' : null,
      request: (id) => requestStop([id], false),
    }),
    [pending, sending],
  )
}
