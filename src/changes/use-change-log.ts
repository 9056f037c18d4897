import { useCallback, useEffect, useState } from 'react'
import type { Instance } from '../api/instance'
import { useMemory } from '../model/memory-store'
import { diffLoads, type Change } from './changes'

export interface ChangeLog {
  /** The account's log on this device (model/change-log.ts), newest first. */
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
  batch: readonly Change[]
}

const NO_CHANGES: readonly Change[] = []

/**
 * Compares each load with the one before (the first load is the baseline) and adds what changed to
 * the account's log, which the device keeps (with what changed while the dashboard was closed,
 * found by the status history). `complete` is false when pages are missing: vanished instances are
 * then not reported.
 */
export function useChangeLog(
  instances: readonly Instance[] | undefined,
  loadedAt: number,
  complete: boolean,
): ChangeLog {
  const { changes: entries } = useMemory()
  const [state, setState] = useState<State>(() => ({ seen: instances, batch: NO_CHANGES }))
  // Entries logged after this are new to this page; those of earlier visits are not.
  const [seenUpTo, setSeenUpTo] = useState(Date.now)
  const [notify, setNotify] = useState(false)
  let current = state
  if (instances && state.seen !== instances) {
    const batch = state.seen ? diffLoads(state.seen, instances, loadedAt, complete) : NO_CHANGES
    current = { seen: instances, batch: batch.length ? batch : NO_CHANGES }
    setState(current)
  }
  const { batch } = current
  useEffect(() => {
    if (batch.length === 0) return
    // The log's code is not needed for the first paint.
    void import('../model/memory-actions')
      .then((memory) => memory.logChanges(batch))
      .catch(() => undefined)
  }, [batch])

  const newest = entries[0]?.at ?? 0
  const markSeen = useCallback(() => setSeenUpTo((before) => Math.max(before, newest)), [newest])
  return {
    entries,
    batch,
    unseen: entries.filter((change) => change.at > seenUpTo).length,
    markSeen,
    notify,
    setNotify,
  }
}
