import { useCallback, useState } from 'react'
import type { Instance } from '../api/instance'
import { diffLoads, type Change } from './changes'

/** The session's history of changes, newest first; kept in memory only, at most this many. */
const MAX_ENTRIES = 500

export interface ChangeLog {
  entries: readonly Change[]
  /** What the latest load changed. */
  batch: readonly Change[]
  /** Changes not yet shown in the panel. */
  unseen: number
  markSeen: () => void
  /** Desktop notifications for changes to Running or a failure; off until the user turns them on. */
  notify: boolean
  setNotify: (on: boolean) => void
}

interface State {
  seen: readonly Instance[] | undefined
  entries: readonly Change[]
  batch: readonly Change[]
  unseen: number
}

/**
 * Compares each load with the one before (the first load is the baseline) and keeps what changed.
 * `complete` is false when pages are missing: vanished instances are then not reported.
 */
export function useChangeLog(
  instances: readonly Instance[] | undefined,
  loadedAt: number,
  complete: boolean,
): ChangeLog {
  const [state, setState] = useState<State>(() => ({
    seen: instances,
    entries: [],
    batch: [],
    unseen: 0,
  }))
  const [notify, setNotify] = useState(false)
  let current = state
  if (instances && state.seen !== instances) {
    const batch = state.seen ? diffLoads(state.seen, instances, loadedAt, complete) : []
    current = {
      seen: instances,
      entries: batch.length ? [...batch, ...state.entries].slice(0, MAX_ENTRIES) : state.entries,
      batch,
      unseen: state.unseen + batch.length,
    }
    setState(current)
  }

  const markSeen = useCallback(
    () => setState((previous) => (previous.unseen ? { ...previous, unseen: 0 } : previous)),
    [],
  )
  return {
    entries: current.entries,
    batch: current.batch,
    unseen: current.unseen,
    markSeen,
    notify,
    setNotify,
  }
}
