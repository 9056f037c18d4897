import type { Tone } from '../components/tone'
import { createStore } from '../lib/store'

/** One line of the session's Activity panel: what was done to which instance, and how it went. */
export interface ActivityEntry {
  seq: number
  at: number
  instanceId: string
  name: string
  result: string
  tone: Tone
}

export type NewActivity = Omit<ActivityEntry, 'seq'>

/** The panel keeps the latest entries of the session; older ones drop off. */
export const ACTIVITY_CAP = 500

/** Session-only: kept in memory, never stored, cleared on sign out. */
export const activityStore = createStore<readonly ActivityEntry[]>([])
let seq = 0

export function logActivity(entries: readonly NewActivity[]): void {
  if (entries.length === 0) return
  activityStore.set((log) =>
    [...log, ...entries.map((entry) => ({ ...entry, seq: ++seq }))].slice(-ACTIVITY_CAP),
  )
}
