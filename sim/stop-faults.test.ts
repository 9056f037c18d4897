import { afterEach, describe, expect, it } from 'vitest'
import { mintToken } from './jwt.ts'
import { loggedBody, RECEIVED_CAP, record, type ReceivedRequest } from './received.ts'
import { Simulator, type SimSettings } from './server.ts'

const token = mintToken()
let simulator: Simulator | undefined

async function start(settings: SimSettings = {}) {
  simulator = new Simulator({ stopMs: 1_000, ...settings })
  return { sim: simulator, url: await simulator.listen() }
}
afterEach(() => simulator?.close())

const idsOf = (sim: Simulator) => sim.world.instances.map((i) => i.instanceMetadata.instanceId)
const runningIds = (sim: Simulator) =>
  sim.world.instances
    .filter((i) => i.instanceRuntimeInfo.status === 'Running')
    .map((i) => i.instanceMetadata.instanceId)

async function stop(url: string, instanceId: string) {
  const response = await fetch(`${url}/api/instance/stop`, {
    method: 'POST',
    headers: { cookie: `AccessToken=${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ instanceId }),
  })
  return { status: response.status, text: await response.text(), headers: response.headers }
}
const control = (url: string, path: string, body: unknown) =>
  fetch(`${url}/__sim/${path}`, { method: 'POST', body: JSON.stringify(body) })

describe('stop fault knobs', () => {
  it('failStopIds fail those ids with failStatus and failBody and leave them running', async () => {
    const { sim, url } = await start()
    const [failing, fine] = runningIds(sim)
    if (!failing || !fine) throw new Error('need two running instances')
    sim.configure({ faults: { failStopIds: [failing], failStatus: 503, failBody: 'json' } })
    expect(await stop(url, failing)).toMatchObject({
      status: 503,
      text: JSON.stringify({ code: 503, message: 'simulated failure' }),
    })
    expect((await stop(url, fine)).status).toBe(200)
    expect((await stop(url, failing)).status).toBe(503)
    const status = (id: string) =>
      sim.world.snapshot().find((i) => i.instanceMetadata.instanceId === id)?.instanceRuntimeInfo
        .status
    expect([status(failing), status(fine)]).toEqual(['Running', 'Stopping'])
  })

  it('failRate 1 fails every stop, with Retry-After when asked', async () => {
    const { sim, url } = await start({
      faults: { failRate: 1, failStatus: 429, retryAfterSeconds: 7 },
    })
    const answer = await stop(url, runningIds(sim)[0] ?? '')
    expect(answer.status).toBe(429)
    expect(answer.headers.get('retry-after')).toBe('7')
  })

  it('slowMs delays a stop answer', async () => {
    const { sim, url } = await start({ faults: { slowMs: 300 } })
    const started = performance.now()
    expect((await stop(url, runningIds(sim)[0] ?? '')).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
  })
})

describe('the received log and the controls', () => {
  it('keeps every stop with its parsed body and headers: 300 list calls, then 100 stops', async () => {
    const { sim, url } = await start({ instances: 150 })
    const list = JSON.stringify({ pager: { currentPage: 1, pageSize: 1 } })
    for (let i = 0; i < 300; i++) {
      await fetch(`${url}/api/instance/list`, { method: 'POST', body: list })
    }
    const ids = idsOf(sim).slice(0, 100)
    await Promise.all(ids.map((id) => stop(url, id)))
    const log = (await (await fetch(`${url}/__sim/received`)).json()) as {
      path: string
      body: { instanceId?: string; pager?: unknown }
      headers: Record<string, string>
    }[]
    expect(log).toHaveLength(400)
    expect(log[0]?.body).toEqual({ pager: { currentPage: 1, pageSize: 1 } })
    const stops = log.filter((entry) => entry.path === '/api/instance/stop')
    expect(stops.map((entry) => entry.body.instanceId).sort()).toEqual([...ids].sort())
    expect(stops.every((entry) => Object.keys(entry.body).length === 1)).toBe(true)
    expect(stops[0]?.headers.cookie).toBe(`AccessToken=${token}`)
  })

  it('drops the oldest entries beyond the cap', () => {
    const log: ReceivedRequest[] = []
    for (let i = 0; i <= RECEIVED_CAP; i++) {
      record(log, { method: 'POST', path: `/${i}`, headers: {}, body: null })
    }
    expect(log).toHaveLength(RECEIVED_CAP)
    expect(log[0]?.path).toBe('/1')
    expect(loggedBody('')).toBeNull()
    expect(loggedBody('not json')).toBe('not json')
  })

  it('configure and reset forget stops; advance moves the clock for stop transitions', async () => {
    const { sim, url } = await start({ stopMs: 60_000 })
    const id = runningIds(sim)[0] ?? ''
    const statusNow = () =>
      sim.world.snapshot().find((i) => i.instanceMetadata.instanceId === id)?.instanceRuntimeInfo
        .status
    await stop(url, id)
    expect(statusNow()).toBe('Stopping')
    expect((await control(url, 'advance', { ms: 60_000 })).status).toBe(200)
    expect(statusNow()).toBe('Stopped')
    expect((await control(url, 'advance', { ms: -1 })).status).toBe(400)
    await control(url, 'reset', {})
    expect(statusNow()).toBe('Running')
    await stop(url, id)
    await control(url, 'configure', { latencyMs: 0 })
    expect(statusNow()).toBe('Running')
    expect(sim.received).toEqual([])
  })
})
