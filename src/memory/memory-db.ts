/**
 * The account's store on this device: one IndexedDB database per account (the token's `sub`),
 * through idb (about 1.3 kB gzip: versioned upgrades and transactions over several object
 * stores, which idb-keyval's single store does not give; Dexie's queries are not needed). It
 * holds only what the user expects kept: status observations, labels, notes, pins, the budget,
 * saved views and the Changes log. Never the token, never raw API data.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb'
import type { Annotation } from '../model/annotations'
import type { InstanceHistory } from '../model/status-history'
import { LEGACY_VIEWS_KEY, readLegacyViews } from './legacy-views'

/** Every database of this dashboard starts so (Forget this device's data deletes them all). */
export const DB_PREFIX = 'hpcai-memory:'

export const dbName = (subject: string) => `${DB_PREFIX}${subject}`

export interface StoredAnnotation extends Annotation {
  id: string
}

/** The settings store's records, by key. */
export type SettingKey = 'budget' | 'changes' | 'views' | 'meta'

export interface MemorySchema extends DBSchema {
  histories: { key: string; value: InstanceHistory }
  annotations: { key: string; value: StoredAnnotation }
  settings: { key: SettingKey; value: unknown }
}

export type MemoryDb = IDBPDatabase<MemorySchema>

type Upgrade = (
  db: MemoryDb,
  tx: IDBPTransaction<MemorySchema, ('histories' | 'annotations' | 'settings')[], 'versionchange'>,
) => void

/**
 * One step per schema version: UPGRADES[n] takes a database from version n to n + 1. A new
 * version appends a step (and a case to memory-db.test.ts); steps already shipped never change.
 */
export const UPGRADES: readonly Upgrade[] = [
  // 0 -> 1: the stores, and the saved views this browser kept in localStorage before there was
  // an account store (they move to the first account that opens one here).
  (db, tx) => {
    db.createObjectStore('histories', { keyPath: 'id' })
    db.createObjectStore('annotations', { keyPath: 'id' })
    db.createObjectStore('settings')
    const views = readLegacyViews()
    if (views.length > 0) void tx.objectStore('settings').put(views, 'views')
  },
]

export const DB_VERSION = UPGRADES.length

export interface OpenOptions {
  /** Another tab (or Forget) needs the database closed: close it. */
  onBlocking: () => void
  version?: number
}

export async function openMemoryDb(name: string, options: OpenOptions): Promise<MemoryDb> {
  const version = options.version ?? DB_VERSION
  const db = await openDB<MemorySchema>(name, version, {
    upgrade(database, oldVersion, _newVersion, tx) {
      for (let step = oldVersion; step < version; step++) UPGRADES[step]?.(database, tx)
    },
    blocking: options.onBlocking,
  })
  // The views now live in the account store: the old entry goes once the upgrade has committed.
  removeLegacyViews()
  return db
}

function removeLegacyViews(): void {
  try {
    window.localStorage.removeItem(LEGACY_VIEWS_KEY)
  } catch {
    // storage disabled: nothing was there
  }
}
