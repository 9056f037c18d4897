/**
 * Forget this device's data: every account's store (IndexedDB) and everything the dashboard keeps
 * in this browser's storage (saved token, theme, refresh interval, views of an older version).
 */
import { deleteDB } from 'idb'
import { closeMemory, announceForget } from './memory-session'
import { DB_PREFIX } from './memory-db'

/** Keys of localStorage and sessionStorage that belong to the dashboard. */
const STORAGE_PREFIX = 'hpcai.'

/** A database another tab keeps open is deleted once that tab lets go; this long at most is waited for. */
const WAIT_MS = 5_000

function clearStorage(storage: Storage): void {
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index))
  for (const key of keys) if (key?.startsWith(STORAGE_PREFIX)) storage.removeItem(key)
}

async function databaseNames(known: readonly string[]): Promise<string[]> {
  if (typeof indexedDB.databases !== 'function') return [...known]
  const all = await indexedDB.databases()
  const names = all.map((db) => db.name ?? '').filter((name) => name.startsWith(DB_PREFIX))
  return [...new Set([...names, ...known])]
}

/**
 * Deletes it all; resolves to true when every database went, false when another tab still held
 * one after a while (it goes when that tab closes; the caller says so).
 */
export async function forgetDeviceData(known: readonly string[] = []): Promise<boolean> {
  announceForget()
  closeMemory()
  for (const storage of [window.localStorage, window.sessionStorage]) {
    try {
      clearStorage(storage)
    } catch {
      // storage disabled: nothing kept there
    }
  }
  let names: string[]
  try {
    names = await databaseNames(known)
  } catch {
    return true // IndexedDB disabled: nothing kept there
  }
  const deleted = Promise.all(names.map((name) => deleteDB(name))).then(() => true)
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), WAIT_MS))
  return Promise.race([deleted, timeout])
}
