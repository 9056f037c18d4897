/**
 * What the user changes in the account's memory (drawer, Cost view, saved views): each updates
 * the state at once and is handed to the device. Loaded with the parts that use it, not on first paint.
 */
import { annotate, type AnnotationChange } from './annotations'
import type { Budget } from './budget'
import { appendChanges, type Change } from './change-log'
import { applyWrite } from './memory-apply'
import { keepWrite, memoryStore, type MemoryWrite, type StoredView } from './memory-store'
import { KEEP_MS } from './status-history'

function commit(write: MemoryWrite): void {
  memoryStore.set((state) => applyWrite(state, write))
  keepWrite(write)
}

/** Can the user change it now: not before it has been read from the device (it would be overwritten). */
export const canEdit = () => {
  const { status } = memoryStore.get()
  return status === 'ready' || status === 'unavailable'
}

export function annotateInstance(id: string, change: AnnotationChange, at = Date.now()): void {
  if (!canEdit()) return
  const before = memoryStore.get().annotations.get(id)
  const value = annotate(before, change, at)
  if (value === (before ?? null)) return
  commit({ kind: 'annotation', id, value })
}

export function setBudget(budget: Budget): void {
  if (!canEdit()) return
  commit({ kind: 'budget', value: budget })
}

/** Replaces the saved views; false when they cannot be kept (memory not read yet). */
export function setViews(views: readonly StoredView[]): boolean {
  if (!canEdit()) return false
  commit({ kind: 'views', value: views })
  return true
}

/** Adds a load's changes to the Changes log (the same change logged by another tab is left out). */
export function logChanges(batch: readonly Change[], now = Date.now()): void {
  const log = memoryStore.get().changes
  const value = appendChanges(log, batch, now, KEEP_MS)
  if (value !== log) commit({ kind: 'changes', value })
}
