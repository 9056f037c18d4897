// @vitest-environment jsdom
import { IDBFactory } from 'fake-indexeddb'
import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resetAccountStores } from '../lib/store'
import { annotateInstance, setBudget } from '../model/memory-actions'
import { memoryStore } from '../model/memory-store'
import { instancesOf } from '../testing/test-instances'
import { forgetDeviceData } from './forget'
import { DB_VERSION, dbName, openMemoryDb, UPGRADES } from './memory-db'
import { closeMemory, openMemory, recordLoad } from './memory-session'
import { HISTORY_CHUNK, persistWrite } from './write-memory'

const OPTIONS = { onForget: () => undefined }

beforeEach(() => {
  // A new, empty IndexedDB for each test (as a new browser profile).
  globalThis.indexedDB = new IDBFactory()
})

afterEach(() => {
  closeMemory()
  resetAccountStores()
  localStorage.clear()
})

/** Reopens the account as a reload does: the page's memory is gone, the device's is not. */
async function reload(subject = 'alice') {
  closeMemory()
  resetAccountStores()
  await openMemory(subject, OPTIONS)
  return memoryStore.get()
}

describe('the account store on this device', () => {
  it('keeps the status history, labels, notes, pins and budget across a reload', async () => {
    const t = Date.now() - 600_000
    await openMemory('alice', OPTIONS)
    await recordLoad(instancesOf({ id: 'a', status: 'Starting' }), t + 1000, true)
    await recordLoad(instancesOf({ id: 'a', status: 'Running' }), t + 5000, true)
    annotateInstance('a', { kind: 'add-label', label: 'team-zeta' }, 6000)
    annotateInstance('a', { kind: 'note', note: 'eval box' }, 6000)
    annotateInstance('a', { kind: 'pin', pinned: true }, 6000)
    setBudget({ hourly: 12.5, monthly: null })
    await new Promise((resolve) => setTimeout(resolve, 50))

    const after = await reload()
    expect(after.status).toBe('ready')
    expect(after.histories.get('a')?.entries).toEqual([
      { status: 'Running', since: t + 5000, seenStart: true },
      { status: 'Starting', since: t + 1000, seenStart: false },
    ])
    expect(after.observations.get('a')?.since).toBe(t + 5000)
    expect(after.annotations.get('a')).toMatchObject({
      labels: ['team-zeta'],
      note: 'eval box',
      pinned: true,
    })
    expect([...after.pinned]).toEqual(['a'])
    expect(after.budget).toEqual({ hourly: 12.5, monthly: null })

    // A change while the dashboard was closed: found, not seen, logged.
    await recordLoad(instancesOf({ id: 'a', status: 'Stopped' }), t + 90_000, true)
    const found = memoryStore.get()
    expect(found.histories.get('a')?.entries[0]).toEqual({
      status: 'Stopped',
      since: t + 90_000,
      seenStart: false,
      after: t + 5000,
    })
    expect(found.changes[0]).toMatchObject({ kind: 'status', from: 'Running', to: 'Stopped' })
  })

  it('keeps each account apart, keyed by the token’s subject', async () => {
    await openMemory('alice', OPTIONS)
    setBudget({ hourly: 5, monthly: null })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect((await reload('bob')).budget.hourly).toBeNull()
    expect((await reload('alice')).budget.hourly).toBe(5)
  })

  it('moves the saved views an older version kept in localStorage into the store (schema 0 -> 1)', async () => {
    localStorage.setItem(
      'hpcai.savedViews',
      JSON.stringify({
        version: 1,
        views: [{ name: 'Running', search: '?status=Running', extra: 1 }, { name: 3 }],
      }),
    )
    localStorage.setItem('other.app', 'kept')
    await openMemory('alice', OPTIONS)
    expect(memoryStore.get().views).toEqual([{ name: 'Running', search: '?status=Running' }])
    expect(localStorage.getItem('hpcai.savedViews')).toBeNull()
    expect((await reload()).views).toEqual([{ name: 'Running', search: '?status=Running' }])
  })

  it('upgrades a database of each older version, keeping what it holds', async () => {
    for (let version = 1; version < DB_VERSION; version++) {
      globalThis.indexedDB = new IDBFactory()
      const old = await openMemoryDb(dbName('alice'), { onBlocking: () => undefined, version })
      await old.put('settings', { hourly: 3, monthly: null }, 'budget')
      old.close()
      await openMemory('alice', OPTIONS)
      expect(memoryStore.get().budget.hourly).toBe(3)
      closeMemory()
    }
    expect(UPGRADES).toHaveLength(DB_VERSION)
  })

  it('leaves a newer version’s database alone and works for this page only', async () => {
    const newer = await openDB(dbName('alice'), DB_VERSION + 1, {
      upgrade: (db) => void db.createObjectStore('future'),
    })
    newer.close()
    await openMemory('alice', OPTIONS)
    const state = memoryStore.get()
    expect(state.status).toBe('unavailable')
    expect(state.problem).toMatch(/newer version/)
    annotateInstance('a', { kind: 'add-label', label: 'kept-here' })
    expect(memoryStore.get().annotations.get('a')?.labels).toEqual(['kept-here'])
    const still = await openDB(dbName('alice'))
    expect([...still.objectStoreNames]).toEqual(['future'])
    still.close()
  })

  it('drops what is past its caps as it reads (oldest first)', async () => {
    const db = await openMemoryDb(dbName('alice'), { onBlocking: () => undefined })
    const entries = Array.from({ length: 30 }, (_, n) => ({
      status: n % 2 ? 'Running' : 'Stopped',
      since: Date.now() - n * 1000,
      seenStart: true,
    }))
    await db.put('histories', { id: 'a', name: 'a', firstSeen: 0, entries })
    await db.put('histories', { id: 'junk' } as never)
    const old = Date.now() - 100 * 86_400_000
    await db.put(
      'settings',
      [
        { kind: 'new', id: 'x', name: 'x', status: 'Running', at: old },
        { kind: 'new', id: 'y', name: 'y', status: 'Running', at: Date.now() },
      ],
      'changes',
    )
    db.close()
    await openMemory('alice', OPTIONS)
    const state = memoryStore.get()
    expect(state.histories.get('a')?.entries).toHaveLength(20)
    expect(state.histories.has('junk')).toBe(false)
    expect(state.changes.map((change) => change.id)).toEqual(['y'])
  })

  it('writes a large fleet’s histories whole, and later writes after earlier ones', async () => {
    const db = await openMemoryDb(dbName('alice'), { onBlocking: () => undefined })
    const history = (id: string, status: string) => ({
      id,
      name: id,
      firstSeen: 1,
      entries: [{ status, since: 1, seenStart: false }],
    })
    await db.put('histories', history('gone', 'Stopped'))
    const count = HISTORY_CHUNK * 2 + 7
    const ids = Array.from({ length: count }, (_, n) => `i-${n}`)
    // Not awaited: the next write is made while this one is still under way.
    const first = persistWrite(db, {
      kind: 'histories',
      put: ids.map((id) => history(id, 'Starting')),
      remove: ['gone'],
    })
    const last = ids.at(-1) ?? ''
    const second = persistWrite(db, {
      kind: 'histories',
      put: [history(last, 'Running')],
      remove: [],
    })
    await Promise.all([first, second])
    expect(await db.count('histories')).toBe(count)
    expect(await db.get('histories', 'gone')).toBeUndefined()
    expect((await db.get('histories', last))?.entries[0]?.status).toBe('Running')
    expect((await db.get('histories', 'i-0'))?.entries[0]?.status).toBe('Starting')
    db.close()
  })

  it('forgets everything: every account’s database and the dashboard’s storage keys', async () => {
    await openMemory('alice', OPTIONS)
    setBudget({ hourly: 5, monthly: null })
    await reload('bob')
    localStorage.setItem('hpcai.theme', 'dark')
    localStorage.setItem('other.app', 'kept')
    sessionStorage.setItem('hpcai.accessToken', 'x.y.z')
    expect(await forgetDeviceData()).toBe(true)
    expect(await indexedDB.databases()).toEqual([])
    expect(localStorage.getItem('hpcai.theme')).toBeNull()
    expect(sessionStorage.getItem('hpcai.accessToken')).toBeNull()
    expect(localStorage.getItem('other.app')).toBe('kept')
  })
})
