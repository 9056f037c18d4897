/**
 * The account's memory as read from the device, checked leniently: a record that is not what this
 * version writes is left out (never an error), then the caps are applied (oldest dropped first).
 */
import { annotationsOverCap, pinnedIds, type Annotation } from '../model/annotations'
import type { Budget } from '../model/budget'
import { MAX_CHANGES, type Change } from '../model/change-log'
import { EMPTY_MEMORY, type MemoryState, type StoredView } from '../model/memory-store'
import { KEEP_MS, observationsOf, trimEntries, type InstanceHistory } from '../model/status-history'
import type { MemoryDb } from './memory-db'

/** At most this many instances' histories (a fleet larger than this keeps the newest sightings). */
export const MAX_HISTORIES = 100_000

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)
const isString = (value: unknown): value is string => typeof value === 'string'

function isHistory(value: unknown): value is InstanceHistory {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.name) &&
    isNumber(value.firstSeen) &&
    Array.isArray(value.entries) &&
    value.entries.length > 0 &&
    value.entries.every(
      (entry) =>
        isRecord(entry) &&
        isString(entry.status) &&
        isNumber(entry.since) &&
        typeof entry.seenStart === 'boolean',
    )
  )
}

function isAnnotation(value: unknown): value is Annotation & { id: string } {
  return (
    isRecord(value) &&
    isString(value.id) &&
    Array.isArray(value.labels) &&
    value.labels.every(isString) &&
    isString(value.note) &&
    typeof value.pinned === 'boolean' &&
    isNumber(value.updatedAt)
  )
}

function readBudget(value: unknown): Budget {
  const amount = (v: unknown) => (isNumber(v) && v > 0 ? v : null)
  return isRecord(value)
    ? { hourly: amount(value.hourly), monthly: amount(value.monthly) }
    : EMPTY_MEMORY.budget
}

const isChange = (value: unknown): value is Change =>
  isRecord(value) &&
  isString(value.id) &&
  isString(value.name) &&
  isNumber(value.at) &&
  (value.kind === 'status'
    ? isString(value.from) && isString(value.to)
    : (value.kind === 'new' || value.kind === 'gone') && isString(value.status))

const isView = (value: unknown): value is StoredView =>
  isRecord(value) && isString(value.name) && isString(value.search)

export interface ReadResult {
  state: MemoryState
  lastLoadAt: number | null
  /** Records dropped by the caps, to delete from the device. */
  dropped: { histories: string[]; annotations: string[] }
}

export async function readMemory(db: MemoryDb, now: number): Promise<ReadResult> {
  const tx = db.transaction(['histories', 'annotations', 'settings'])
  const [rawHistories, rawAnnotations, budget, changes, views, meta] = await Promise.all([
    tx.objectStore('histories').getAll(),
    tx.objectStore('annotations').getAll(),
    tx.objectStore('settings').get('budget'),
    tx.objectStore('settings').get('changes'),
    tx.objectStore('settings').get('views'),
    tx.objectStore('settings').get('meta'),
  ])
  const valid = rawHistories.filter(isHistory)
  // Oldest sightings dropped first past the cap.
  valid.sort((a, b) => (b.entries[0]?.since ?? 0) - (a.entries[0]?.since ?? 0))
  const histories = new Map(
    valid
      .slice(0, MAX_HISTORIES)
      .map((record) => [record.id, { ...record, entries: trimEntries(record.entries, now) }]),
  )
  const annotations = new Map<string, Annotation>()
  for (const raw of rawAnnotations.filter(isAnnotation)) {
    const { id, labels, note, pinned, updatedAt } = raw
    annotations.set(id, { labels, note, pinned, updatedAt })
  }
  const overCap = annotationsOverCap(annotations)
  for (const id of overCap) annotations.delete(id)
  const log = Array.isArray(changes) ? changes.filter(isChange) : []
  const state: MemoryState = {
    ...EMPTY_MEMORY,
    status: 'ready',
    histories,
    observations: observationsOf(histories),
    annotations,
    pinned: pinnedIds(annotations),
    budget: readBudget(budget),
    changes: log
      .filter((change) => now - change.at <= KEEP_MS)
      .sort((a, b) => b.at - a.at)
      .slice(0, MAX_CHANGES),
    views: Array.isArray(views) ? views.filter(isView) : [],
  }
  const lastLoadAt = isRecord(meta) && isNumber(meta.lastLoadAt) ? meta.lastLoadAt : null
  const keptIds = new Set(histories.keys())
  const droppedHistories = rawHistories
    .filter((record) => !isHistory(record) || !keptIds.has(record.id))
    .map((record) => (isRecord(record) && isString(record.id) ? record.id : null))
    .filter((id) => id !== null)
  return { state, lastLoadAt, dropped: { histories: droppedHistories, annotations: overCap } }
}
