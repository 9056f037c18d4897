import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/errors'
import { runStopBatch, STOP_CONCURRENCY, type StopOutcome } from './stop-batch'

const targets = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `id-${index}`, name: `name-${index}` }))

/** A fake fetcher: answers after a tick, records calls and the most in flight at once. */
function fakeServer(answer: (id: string, call: number) => 'ok' | Error = () => 'ok') {
  const calls: string[] = []
  let inFlight = 0
  let maxInFlight = 0
  const stop = async (id: string) => {
    calls.push(id)
    const call = calls.length
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    await new Promise((resolve) => setTimeout(resolve, 1 + (call % 3)))
    inFlight--
    const result = answer(id, call)
    if (result !== 'ok') throw result
  }
  return { stop, calls, maxInFlight: () => maxInFlight }
}

describe('runStopBatch', () => {
  it('sends each stop once, at most six at a time, and keeps the order', async () => {
    const server = fakeServer()
    const list = targets(20)
    const result = await runStopBatch(list, server.stop)
    expect([...server.calls].sort()).toEqual(list.map((target) => target.id).sort())
    expect(server.maxInFlight()).toBe(STOP_CONCURRENCY)
    expect(result.stopped).toEqual(list)
    expect(result).toMatchObject({ failed: [], refused: [], notSent: [], authMessage: null })
  })

  it('names each failure with the server message and never retries it', async () => {
    const server = fakeServer((id) =>
      id === 'id-1' ? new ApiError('http', 'HPC-AI answered HTTP 500: simulated failure') : 'ok',
    )
    const outcomes: StopOutcome[] = []
    const result = await runStopBatch(targets(3), server.stop, {
      onOutcome: (outcome) => outcomes.push(outcome),
    })
    expect(server.calls.filter((id) => id === 'id-1')).toHaveLength(1)
    expect(result.stopped.map((target) => target.id)).toEqual(['id-0', 'id-2'])
    expect(result.failed).toEqual([
      {
        target: { id: 'id-1', name: 'name-1' },
        message: 'HPC-AI answered HTTP 500: simulated failure',
      },
    ])
    expect(outcomes).toHaveLength(3)
  })

  it('stops sending when the token is refused mid-batch and says what was not sent', async () => {
    const expired = 'Not logged in or login expired, please log in again'
    // The server accepts two stops, then refuses every token.
    const server = fakeServer((_id, call) => (call <= 2 ? 'ok' : new ApiError('auth', expired)))
    const list = targets(15)
    const result = await runStopBatch(list, server.stop, { concurrency: 2 })
    expect(result.authMessage).toBe(expired)
    expect(result.stopped.map((target) => target.id)).toEqual(['id-0', 'id-1'])
    const sent = new Set(server.calls)
    expect(result.refused.length).toBeGreaterThan(0)
    for (const target of result.refused) expect(sent.has(target.id)).toBe(true)
    for (const target of result.notSent) expect(sent.has(target.id)).toBe(false)
    expect(result.stopped.length + result.refused.length + result.notSent.length).toBe(15)
    expect(result.notSent.length).toBeGreaterThanOrEqual(15 - 2 - 2)
  })

  it('handles an empty batch and a thrown non-Error', async () => {
    expect(await runStopBatch([], () => Promise.resolve())).toMatchObject({ stopped: [] })
    const result = await runStopBatch(targets(1), () => Promise.reject(new Error('')))
    expect(result.failed[0]?.message).toBe('The stop failed for an unknown reason.')
  })
})
