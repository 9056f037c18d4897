import { appendChanges, type Change } from '../model/change-log'
import type { MemoryWrite } from '../model/memory-store'
import { KEEP_MS } from '../model/status-history'
import type { MemoryDb } from './memory-db'

/** Writes one change to the device, in one transaction. */
export async function persistWrite(db: MemoryDb, write: MemoryWrite): Promise<void> {
  switch (write.kind) {
    case 'histories': {
      const tx = db.transaction('histories', 'readwrite')
      for (const record of write.put) void tx.store.put(record)
      for (const id of write.remove) void tx.store.delete(id)
      return tx.done
    }
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
