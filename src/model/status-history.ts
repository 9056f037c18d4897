/**
 * What the dashboard has seen of each instance's status over time, kept on this device (the
 * account store) so that a reload does not restart the clock: HPC-AI sends no status times, so
 * the history is what this browser observed, each status with the time it was first seen.
 */
import type { Instance } from '../api/instance'
import type { Observation, Observations } from './observations'

/** One status an instance was seen in, with when it was first seen in it. */
export interface HistoryEntry extends Observation {
  /**
   * For a change no page saw (it happened while the dashboard was closed): the last time the
   * previous status was seen, so the change came between this and `since`.
   */
  after?: number
}

/** One instance's record: its name (for the Changes panel) and statuses, newest first. */
export interface InstanceHistory {
  id: string
  name: string
  /** When the dashboard first saw this instance at all (for "spend so far" without a creation time). */
  firstSeen: number
  /** Newest first; the first entry is the current status. Never empty. */
  entries: readonly HistoryEntry[]
}

export type Histories = ReadonlyMap<string, InstanceHistory>

export const NO_HISTORIES: Histories = new Map()

export const DAY_MS = 86_400_000
/** Past entries are kept this long; the current one as long as the status lasts. */
export const KEEP_MS = 90 * DAY_MS
/** At most this many statuses per instance, oldest dropped first. */
export const MAX_ENTRIES = 20

/** A status change that happened while no dashboard was watching, found by the first load after. */
export interface AwayChange {
  id: string
  name: string
  from: string
  to: string
  /** The load that found it. */
  at: number
  /** The last time the previous status was seen, when known. */
  after: number | null
}

export interface HistoryUpdate {
  histories: Histories
  /** Records that are new or changed, to write. */
  written: InstanceHistory[]
  /** Ids of instances no longer listed (by a complete load), to delete. */
  removed: string[]
  away: AwayChange[]
}

export interface LoadFacts {
  /** When the load was made. */
  at: number
  /** No page missing: instances not listed are gone. */
  complete: boolean
  /**
   * True when `previous` is what this page saw at its last load (it has been watching, so a change
   * is seen); false for the first load after the history was read from the device.
   */
  watching: boolean
  /** The last load any page of this account recorded, from the device (bounds an unseen change). */
  lastLoadAt: number | null
}

/** Drops past entries older than KEEP_MS and any beyond MAX_ENTRIES; the current entry stays. */
export function trimEntries(entries: readonly HistoryEntry[], now: number): HistoryEntry[] {
  const [current, ...past] = entries
  if (!current) return []
  const kept = past.filter((entry) => now - entry.since <= KEEP_MS)
  return [current, ...kept].slice(0, MAX_ENTRIES)
}

/**
 * The histories after a load: an unchanged status keeps its record (the same object), a change
 * adds an entry (seen when this page was watching, else found after the fact with `after`), a
 * first sighting starts a record (start not seen). A complete load drops instances no longer listed.
 */
export function recordStatuses(
  previous: Histories,
  instances: readonly Instance[],
  facts: LoadFacts,
): HistoryUpdate {
  const { at, complete, watching, lastLoadAt } = facts
  const next = new Map<string, InstanceHistory>()
  const written: InstanceHistory[] = []
  const away: AwayChange[] = []
  for (const instance of instances) {
    const { id, name, status } = instance
    const before = previous.get(id)
    const current = before?.entries[0]
    if (before && current?.status === status && before.name === name) {
      next.set(id, before)
      continue
    }
    let record: InstanceHistory
    if (!before || !current) {
      record = { id, name, firstSeen: at, entries: [{ status, since: at, seenStart: false }] }
    } else if (current.status === status) {
      record = { ...before, name }
    } else {
      const entry: HistoryEntry = watching
        ? { status, since: at, seenStart: true }
        : { status, since: at, seenStart: false, ...(lastLoadAt !== null && { after: lastLoadAt }) }
      if (!watching)
        away.push({ id, name, from: current.status, to: status, at, after: lastLoadAt })
      record = {
        id,
        name,
        firstSeen: before.firstSeen,
        entries: trimEntries([entry, ...before.entries], at),
      }
    }
    next.set(id, record)
    written.push(record)
  }
  const removed: string[] = []
  for (const [id, record] of previous) {
    if (next.has(id)) continue
    if (complete) removed.push(id)
    else next.set(id, record)
  }
  const changed = written.length > 0 || removed.length > 0
  return { histories: changed ? next : previous, written, removed, away }
}

/** The current status of each instance as an Observation: what the stuck rule and In status for read. */
export function observationsOf(histories: Histories): Observations {
  const observations = new Map<string, Observation>()
  for (const [id, record] of histories) {
    const current = record.entries[0]
    if (current) observations.set(id, current)
  }
  return observations
}

/**
 * Two records of one instance (this tab's and one written by another tab): the one whose current
 * status was seen first wins, so that a tab that saw a change does not lose it to one that did not.
 */
export function mergeRecord(
  mine: InstanceHistory | undefined,
  theirs: InstanceHistory,
): InstanceHistory {
  const a = mine?.entries[0]
  const b = theirs.entries[0]
  if (!mine || !a || !b) return theirs
  if (a.status !== b.status) return theirs
  return a.since <= b.since ? mine : theirs
}
