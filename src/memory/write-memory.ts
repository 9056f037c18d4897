import { unwrap } from 'idb'
import { appendChanges, type Change } from '../model/change-log'
import type { MemoryWrite } from '../model/memory-store'
import { KEEP_MS, type InstanceHistory } from '../model/status-history'
import { whenIdle } from '../lib/idle'
import type { MemoryDb } from './memory-db'

/** A write of more histories than this (a first load) is sliced into idle time; fewer go at once. */
export const HISTORY_CHUNK = 500
/** Each slice of a large write takes at most about this long (ms): a click waits no longer for it. */
const SLICE_MS = 4

/** Each database's writes, one after another: a chunked write never lands after a later one. */
const queues = new WeakMap<MemoryDb, Promise<void>>()

/** Writes one change to the device, after the writes before it (each in its own transaction). */
export function persistWrite(db: MemoryDb, write: MemoryWrite): Promise<void> {
  const next = (queues.get(db) ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => writeNow(db, write))
  queues.set(db, next)
  return next
}

async function writeNow(db: MemoryDb, write: MemoryWrite): Promise<void> {
  switch (write.kind) {
    case 'histories':
      return writeHistories(db, write.put, write.remove)
    case 'annotation': {
      const tx = db.transaction('annotations', 'readwrite')
      void (write.value
        ? tx.store.put({ id: write.id, ...write.value })
        : tx.store.delete(write.id))
      return tx.done
    }
    case 'changes': {
      // Two tabs may log at once: what another one wrote meanwhile is merged, not overwritten.
      const tx = db.transaction('settings', 'readwrite')
      const stored = (await tx.store.get('changes')) as Change[] | undefined
      const merged = stored ? appendChanges(write.value, stored, Date.now(), KEEP_MS) : write.value
      void tx.store.put(merged, 'changes')
      return tx.done
    }
    case 'budget':
    case 'views': {
      const tx = db.transaction('settings', 'readwrite')
      void tx.store.put(write.value, write.kind)
      return tx.done
    }
  }
}

/**
 * A first load of a large fleet writes every instance's history: through idb's promise per
 * request, 50,000 puts held the page for a second right after the load. Plain requests, and a
 * large write in slices of idle time of a few milliseconds each (a transaction per slice), so
 * that clicks, and the sort orders computed ahead, go first. A slice lands whole or not at all.
 */
async function writeHistories(
  db: MemoryDb,
  put: readonly InstanceHistory[],
  remove: readonly string[],
): Promise<void> {
  const native = unwrap(db)
  const sliced = put.length > HISTORY_CHUNK
  let index = 0
  do {
    if (sliced) await whenIdle(1_000)
    const tx = native.transaction('histories', 'readwrite')
    const store = tx.objectStore('histories')
    const until = performance.now() + SLICE_MS
    for (; index < put.length && (!sliced || performance.now() < until); index++)
      store.put(put[index])
    if (index >= put.length) for (const id of remove) store.delete(id)
    await committed(tx)
  } while (index < put.length)
}

const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write aborted'))
  })

/** The time of the last load recorded, which bounds a change found after the dashboard was closed. */
export async function recordLastLoad(db: MemoryDb, at: number): Promise<void> {
  await db.put('settings', { lastLoadAt: at }, 'meta')
}

export async function deleteRecords(
  db: MemoryDb,
  dropped: { histories: readonly string[]; annotations: readonly string[] },
): Promise<void> {
  if (dropped.histories.length === 0 && dropped.annotations.length === 0) return
  const tx = db.transaction(['histories', 'annotations'], 'readwrite')
  for (const id of dropped.histories) void tx.objectStore('histories').delete(id)
  for (const id of dropped.annotations) void tx.objectStore('annotations').delete(id)
  await tx.done
}
