import { beforeEach, describe, expect, it } from 'vitest'
import { beginBatch, finishBatch, recordOutcome } from './batch-state'
import { applyList } from './apply-list'
import { isSending, requestStop, stopsStore } from './stops-store'

const a = { id: 'a', name: 'alpha' }
const b = { id: 'b', name: 'beta' }
const c = { id: 'c', name: 'gamma' }

beforeEach(stopsStore.reset)

describe('stops store', () => {
  it('shows every target as pending at once, and never begins a stop twice', () => {
    expect(beginBatch([a, b], [], 1)).toEqual([a, b])
    expect([...stopsStore.get().pending.keys()]).toEqual(['a', 'b'])
    expect(isSending(stopsStore.get())).toBe(true)
    // A second batch while one is being sent is refused, and so is a confirmation.
    expect(beginBatch([c], [], 2)).toBeNull()
    requestStop(['c'], true)
    expect(stopsStore.get().confirm).toBeNull()
    recordOutcome({ target: a, result: 'stopped' }, 5)
    recordOutcome({ target: b, result: 'failed', message: 'boom' }, 6)
    finishBatch({
      stopped: [a],
      failed: [{ target: b, message: 'boom' }],
      refused: [],
      notSent: [],
      authMessage: null,
    })
    expect(isSending(stopsStore.get())).toBe(false)
    // The accepted one stays pending and watched; the failed one is back to its real status.
    expect([...stopsStore.get().pending.keys()]).toEqual(['a'])
    expect([...stopsStore.get().watched.keys()]).toEqual(['a'])
    expect(beginBatch([a, c], [], 7)).toEqual([c])
  })

  it('drops stops that were never sent when the batch ends', () => {
    beginBatch([a, b, c], [], 1)
    recordOutcome({ target: a, result: 'refused', message: 'expired' }, 2)
    finishBatch({ stopped: [], failed: [], refused: [a], notSent: [b, c], authMessage: 'expired' })
    expect(stopsStore.get().pending.size).toBe(0)
    expect(stopsStore.get().batch?.answered).toBe(1)
  })

  it('lets a list loaded after the stop replace the optimistic status, and settles the watch', () => {
    beginBatch([a], [], 1)
    recordOutcome({ target: a, result: 'stopped' }, 2)
    expect(applyList([{ id: 'a', status: 'Stopping' }], 3, 3)).toEqual([])
    expect(stopsStore.get().pending.size).toBe(0)
    expect(stopsStore.get().watched.size).toBe(1)
    expect(applyList([{ id: 'a', status: 'Stopped' }], 4, 4)).toEqual([
      { id: 'a', name: 'alpha', status: 'Stopped', timedOut: false },
    ])
    expect(stopsStore.get().watched.size).toBe(0)
  })
})
