import { useCallback, useEffect, useState } from 'react'
import type { Instance } from '../api/instance'
import { diffLoads, isNotable, notificationText, type Change } from './changes'

/** The session's history of changes, newest first; kept in memory only, at most this many. */
const MAX_ENTRIES = 500
/** At most this many desktop notifications for one load; the panel lists the rest. */
const MAX_NOTIFICATIONS = 5

export interface ChangeLog {
  entries: readonly Change[]
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

  const { batch } = current
  useEffect(() => {
    if (!notify || batch.length === 0 || typeof Notification === 'undefined') return
    if (Notification.permission !== 'granted') return
    for (const change of batch.filter(isNotable).slice(0, MAX_NOTIFICATIONS)) {
      new Notification(notificationText(change), { tag: change.id })
    }
  }, [batch, notify])

  const markSeen = useCallback(
    () => setState((previous) => (previous.unseen ? { ...previous, unseen: 0 } : previous)),
    [],
  )
  return { entries: current.entries, unseen: current.unseen, markSeen, notify, setNotify }
}
