/**
 * The account's memory on this device, opened after the first paint: reads it into the memory
 * store, writes each change back (memory-store.ts keepWrite), records each load's statuses, and
 * keeps the account's other tabs in step (BroadcastChannel). Sign-out (the store's reset) closes it.
 */
import type { Instance } from '../api/instance'
import { appendChanges, type Change } from '../model/change-log'
import { applyWrite } from '../model/memory-apply'
import { EMPTY_MEMORY, memoryStore, setMemorySink, type MemoryWrite } from '../model/memory-store'
import { KEEP_MS, mergeRecord, recordStatuses } from '../model/status-history'
import { dbName, openMemoryDb, type MemoryDb } from './memory-db'
import { readMemory } from './read-memory'
import { deleteRecords, persistWrite, recordLastLoad } from './write-memory'

type Message = { kind: 'write'; subject: string; write: MemoryWrite } | { kind: 'forget' }

/** One channel for the device: writes name their account; Forget concerns every account. */
const CHANNEL = 'hpcai-memory'

interface Session {
  subject: string
  db: MemoryDb | null
  channel: BroadcastChannel | null
  /** What this page saw at its last load is in the store: a change now is a change seen. */
  watching: boolean
  lastLoadAt: number | null
  ready: Promise<void>
  closed: boolean
  unsubscribe: () => void
}

let current: Session | null = null

/** Read after an await: sign-out may have closed the session meanwhile. */
const isClosed = (session: Session) => session.closed

const UNAVAILABLE =
  'This browser does not let the dashboard keep anything (storage is off, full or private): what you add is kept for this page only.'
const NEWER =
  'This device’s data was written by a newer version of the dashboard: reload the page to use it. Until then, what you add is kept for this page only.'

/** Other tabs are told of at most this many records at once; past that they see them after a reload. */
const MAX_BROADCAST_RECORDS = 2_000

function keep(session: Session, write: MemoryWrite): void {
  if (session.closed) return
  if (session.db) void persistWrite(session.db, write).catch(() => undefined)
  if (write.kind === 'histories' && write.put.length > MAX_BROADCAST_RECORDS) return
  try {
    session.channel?.postMessage({
      kind: 'write',
      subject: session.subject,
      write,
    } satisfies Message)
  } catch {
    // the channel closed: nothing to tell
  }
}

/** Another tab's write, merged so that neither tab loses what it saw first or logged. */
function mergeIncoming(write: MemoryWrite): MemoryWrite {
  const state = memoryStore.get()
  if (write.kind === 'histories')
    return {
      ...write,
      put: write.put.map((record) => mergeRecord(state.histories.get(record.id), record)),
    }
  if (write.kind === 'changes')
    return {
      kind: 'changes',
      value: appendChanges(state.changes, write.value, Date.now(), KEEP_MS),
    }
  return write
}

export interface OpenOptions {
  /** Another tab forgot this device's data: this one signs out too. */
  onForget: () => void
}

/** Opens the account's memory (or finds it open): resolves once it has been read (or found unavailable). */
export function openMemory(subject: string, options: OpenOptions): Promise<void> {
  if (current && !current.closed && current.subject === subject) return current.ready
  closeMemory()
  const session: Session = {
    subject,
    db: null,
    channel: null,
    watching: false,
    lastLoadAt: null,
    ready: Promise.resolve(),
    closed: false,
    unsubscribe: () => undefined,
  }
  current = session
  memoryStore.set({ ...EMPTY_MEMORY, status: 'loading' })
  // Sign-out (or another account) resets the store: the session ends with it.
  session.unsubscribe = memoryStore.subscribe(() => {
    if (memoryStore.get().status === 'off') closeMemory()
  })
  session.ready = load(session, options)
  return session.ready
}

async function load(session: Session, options: OpenOptions): Promise<void> {
  try {
    const db = await openMemoryDb(dbName(session.subject), {
      // Forget (here or in another tab) deletes the database: this connection must not hold it.
      onBlocking: () => {
        db.close()
        session.db = null
      },
    })
    if (session.closed) return db.close()
    session.db = db
    const read = await readMemory(db, Date.now())
    if (isClosed(session)) return
    void deleteRecords(db, read.dropped).catch(() => undefined)
    session.lastLoadAt = read.lastLoadAt
    // Changes logged while the device was read join the log read.
    const during = memoryStore.get().changes
    const changes = appendChanges(read.state.changes, during, Date.now(), KEEP_MS)
    memoryStore.set({ ...read.state, changes })
    if (during.length > 0) keep(session, { kind: 'changes', value: changes })
  } catch (error) {
    if (session.closed) return
    const newer = error instanceof DOMException && error.name === 'VersionError'
    memoryStore.set((state) => ({
      ...state,
      status: 'unavailable',
      problem: newer ? NEWER : UNAVAILABLE,
    }))
  }
  if (typeof BroadcastChannel === 'function') {
    session.channel = new BroadcastChannel(CHANNEL)
    session.channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data
      if (session.closed) return
      if (message.kind === 'forget') return options.onForget()
      if (message.subject !== session.subject) return
      memoryStore.set((state) => applyWrite(state, mergeIncoming(message.write)))
    }
  }
  setMemorySink((write) => keep(session, write))
}

/** Records a load's statuses (and what changed while no page was watching). */
export async function recordLoad(
  instances: readonly Instance[],
  at: number,
  complete: boolean,
): Promise<void> {
  const session = current
  if (!session) return
  await session.ready
  if (session.closed || current !== session) return
  const state = memoryStore.get()
  const update = recordStatuses(state.histories, instances, {
    at,
    complete,
    watching: session.watching,
    lastLoadAt: session.lastLoadAt,
  })
  session.watching = true
  session.lastLoadAt = at
  if (session.db) void recordLastLoad(session.db, at).catch(() => undefined)
  const writes: MemoryWrite[] = []
  if (update.histories !== state.histories)
    writes.push({ kind: 'histories', put: update.written, remove: update.removed })
  if (update.away.length > 0) {
    const batch: Change[] = update.away.map((change) => ({ kind: 'status', ...change }))
    writes.push({ kind: 'changes', value: appendChanges(state.changes, batch, at, KEEP_MS) })
  }
  if (writes.length === 0) return
  memoryStore.set((before) => writes.reduce(applyWrite, before))
  for (const write of writes) keep(session, write)
}

/** Closes the database and stops listening (sign-out, another account, Forget). */
export function closeMemory(): void {
  const session = current
  if (!session) return
  current = null
  session.closed = true
  session.unsubscribe()
  setMemorySink(null)
  session.db?.close()
  session.channel?.close()
}

/** Tells the account's other tabs that this device's data is being forgotten. */
export function announceForget(): void {
  if (typeof BroadcastChannel !== 'function') return
  const channel = new BroadcastChannel(CHANNEL)
  channel.postMessage({ kind: 'forget' } satisfies Message)
  channel.close()
}
