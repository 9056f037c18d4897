import { afterEach, describe, expect, it } from 'vitest'
import { mintToken } from './jwt.ts'
import { Simulator, type SimSettings } from './server.ts'

const token = mintToken()
const T0 = 1_800_000_000_000
const NOT_LOGGED_IN = { code: -1, message: 'Not logged in or login expired, please log in again' }
let simulator: Simulator | undefined
let now = T0

async function start(settings: SimSettings = {}) {
  now = T0
  simulator = new Simulator({ stopMs: 1_000, ...settings }, () => now)
  return { sim: simulator, url: await simulator.listen() }
}
afterEach(() => simulator?.close())

async function post(url: string, path: string, body: unknown, cookie = `AccessToken=${token}`) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, text, json: JSON.parse(text || 'null') as unknown }
}
const stop = (url: string, instanceId: unknown, cookie?: string) =>
  post(url, '/api/instance/stop', { instanceId }, cookie)
const statusOf = async (url: string, id: string) => {
  const { json } = await post(url, '/api/instance/list', {
    pager: { currentPage: 1, pageSize: 200 },
  })
  const list = json as {
    instances: {
      instanceMetadata: { instanceId: string }
      instanceRuntimeInfo: { status: string; stopTimestamp: number }
    }[]
  }
  return list.instances.find((i) => i.instanceMetadata.instanceId === id)?.instanceRuntimeInfo
}

describe('POST /api/instance/stop', () => {
  it('answers {instanceId}; the next list shows Stopping, then Stopped after stopMs', async () => {
    const { sim, url } = await start()
    const id = sim.world.instances[0]?.instanceMetadata.instanceId ?? ''
    expect(await stop(url, id)).toMatchObject({ status: 200, json: { instanceId: id } })
    expect(await statusOf(url, id)).toMatchObject({ status: 'Stopping' })
    now += 1_000
    expect(await statusOf(url, id)).toMatchObject({ status: 'Stopped', stopTimestamp: T0 + 1_000 })
  })

  it('answers the documented error with 404 for an unknown id', async () => {
    const { url } = await start()
    expect(await stop(url, 'notebook-nope')).toMatchObject({
      status: 404,
      json: { message: 'ent: instance not found' },
    })
  })

  it('refuses with 400 and a message naming the status: Stopped, and a second stop', async () => {
    const { sim, url } = await start()
    const stoppedId = sim.world.instances[1]?.instanceMetadata.instanceId ?? ''
    expect(await stop(url, stoppedId)).toEqual({
      status: 400,
      text: expect.any(String) as string,
      json: { message: `instance ${stoppedId} is Stopped and cannot be stopped` },
    })
    const runningId = sim.world.instances[0]?.instanceMetadata.instanceId ?? ''
    await stop(url, runningId)
    expect(await stop(url, runningId)).toMatchObject({
      status: 400,
      json: { message: `instance ${runningId} is already Stopping` },
    })
  })

  it('answers a malformed body with a 400 JSON error', async () => {
    const { url } = await start()
    for (const body of ['not json', '{}', '[]', 'null', { instanceId: 42 }, { instanceId: '' }]) {
      const answer = await post(url, '/api/instance/stop', body)
      expect(answer.status).toBe(400)
      expect((answer.json as { message: string }).message).toContain('instanceId')
    }
  })

  it('refuses a missing, malformed or expired token with code -1 and HTTP 200, and stops nothing', async () => {
    const { sim, url } = await start()
    const id = sim.world.instances[0]?.instanceMetadata.instanceId ?? ''
    for (const cookie of [
      '',
      'AccessToken=x',
      `AccessToken=${mintToken({ lifetimeSeconds: -1 })}`,
    ]) {
      expect(await stop(url, id, cookie)).toMatchObject({ status: 200, json: NOT_LOGGED_IN })
    }
    expect(await statusOf(url, id)).toMatchObject({ status: 'Running' })
  })

  it('counts stops towards expireAfterRequests', async () => {
    const { sim, url } = await start({ faults: { expireAfterRequests: 3 } })
    const [running, , starting] = sim.world.instances.map((i) => i.instanceMetadata.instanceId)
    await post(url, '/api/instance/list', { pager: { currentPage: 1, pageSize: 10 } })
    expect((await stop(url, running)).status).toBe(200)
    expect((await stop(url, 'notebook-unknown')).status).toBe(404) // not a success: not counted
    expect((await stop(url, starting)).status).toBe(200)
    expect((await stop(url, 'notebook-unknown')).json).toEqual(NOT_LOGGED_IN)
  })
})
