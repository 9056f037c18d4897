/**
 * The account's memory on this device, in RAM: what the dashboard observed of statuses, the user's
 * labels, notes, pins, budget and saved views, and the Changes log. The memory feature (src/memory)
 * reads it from IndexedDB after the first paint and writes each change back; everything here is
 * small so that the first paint carries only the state and its hook.
 */
import { createStore, useStore } from '../lib/store'
import type { Annotation, Annotations } from './annotations'
import type { Budget } from './budget'
import type { Change } from './change-log'
import type { Histories, InstanceHistory } from './status-history'
import type { Observations } from './observations'

/**
 * off: not signed in; loading: being read from the device; ready: read, and every change is kept;
 * unavailable: this browser keeps nothing (IndexedDB off, or a newer version's data): the memory
 * works for this page only.
 */
export type MemoryStatus = 'off' | 'loading' | 'ready' | 'unavailable'

/** A named view: the dashboard's query string. */
export interface StoredView {
  name: string
  search: string
}

export interface MemoryState {
  status: MemoryStatus
  /** Why the memory is unavailable, in words. */
  problem: string | null
  histories: Histories
  /** The current entry of each history (what In status for and the stuck rule read). */
  observations: Observations
  annotations: Annotations
  pinned: ReadonlySet<string>
  budget: Budget
  /** Newest first. */
  changes: readonly Change[]
  views: readonly StoredView[]
}

/** One change to keep: the memory feature writes it to the device and tells the account's other tabs. */
export type MemoryWrite =
  | { kind: 'histories'; put: readonly InstanceHistory[]; remove: readonly string[] }
  | { kind: 'annotation'; id: string; value: Annotation | null }
  | { kind: 'budget'; value: Budget }
  | { kind: 'changes'; value: readonly Change[] }
  | { kind: 'views'; value: readonly StoredView[] }

export const EMPTY_MEMORY: MemoryState = {
  status: 'off',
  problem: null,
  histories: new Map(),
  observations: new Map(),
  annotations: new Map(),
  pinned: new Set(),
  budget: { hourly: null, monthly: null },
  changes: [],
  views: [],
}

export const memoryStore = createStore<MemoryState>(EMPTY_MEMORY)

export function useMemory(): MemoryState {
  return useStore(memoryStore)
}

type Sink = (write: MemoryWrite) => void
let sink: Sink | null = null

/**
 * Hands a change to the device. Before the memory is read nothing is handed over: edits wait for
 * it (memory-actions.ts canEdit), and the Changes log made meanwhile joins the log read.
 */
export function keepWrite(write: MemoryWrite): void {
  sink?.(write)
}

/** The memory feature takes the writes from here on; null stops it. */
export function setMemorySink(next: Sink | null): void {
  sink = next
}
