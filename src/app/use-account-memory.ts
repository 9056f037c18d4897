import { useEffect, useRef } from 'react'
import type { Instance } from '../api/instance'

// The store's code (IndexedDB, idb) is not part of the first paint: it loads when the dashboard
// has painted, and the memory store (model/memory-store.ts) fills when it has read the device.
export const loadMemorySession = () => import('../memory/memory-session')

/**
 * Opens the account's memory on this device after the first paint, and records each complete
 * load's statuses in it (the status history that In status for, the stuck rule and Changes read).
 */
export function useAccountMemory(
  subject: string,
  load: { instances: readonly Instance[]; at: number; complete: boolean } | undefined,
  onForget: () => void,
): void {
  const forget = useRef(onForget)
  useEffect(() => {
    forget.current = onForget
  })
  useEffect(() => {
    void loadMemorySession()
      .then((memory) => memory.openMemory(subject, { onForget: () => forget.current() }))
      .catch(() => undefined)
  }, [subject])
  const { instances, at = 0, complete = false } = load ?? {}
  useEffect(() => {
    if (!instances) return
    void loadMemorySession()
      .then((memory) => memory.recordLoad(instances, at, complete))
      .catch(() => undefined)
  }, [instances, at, complete])
}
