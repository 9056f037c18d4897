import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RawListResponse } from './api-types.ts'
import { STATUSES } from './catalog.ts'
import { mintToken } from './jwt.ts'
import { Simulator } from './server.ts'

const token = mintToken()

async function list(url: string, body: unknown, cookie = `AccessToken=${token}`) {
  const response = await fetch(`${url}/api/instance/list`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return {
    status: response.status,
    json: (await response.json()) as RawListResponse & { code?: number; message?: string },
  }
}

const pager = (currentPage: number, pageSize: number) => ({ pager: { currentPage, pageSize } })

describe('the simulator at its default 92 instances', () => {
  const simulator = new Simulator()
  let url = ''
  beforeAll(async () => {
    url = await simulator.listen()
  })
  afterAll(() => simulator.close())

  it('serves honest pages: the real total, the size used, empty past the end', async () => {
    const first = await list(url, pager(1, 10))
    expect(first.json.pager).toEqual({ currentPage: 1, pageSize: 10, totalEntries: 92 })
    expect(first.json.instances).toHaveLength(10)
    expect((await list(url, pager(10, 10))).json.instances).toHaveLength(2)
    expect((await list(url, pager(11, 10))).json.instances).toEqual([])
  })

  it('covers every documented status plus Stopping, CPU-only, spot and every charge mode', async () => {
    const { instances } = (await list(url, pager(1, 100))).json
    const statuses = new Set(instances.map((i) => i.instanceRuntimeInfo.status))
    for (const status of STATUSES) expect(statuses).toContain(status)
    expect(instances.some((i) => i.instanceSpecInfo.instanceTypeInfo.gpu.amount === 0)).toBe(true)
    expect(instances.some((i) => i.instanceSpecInfo.isSpotInstance)).toBe(true)
    expect(
      instances.some(
        (i) => !i.instanceRuntimeInfo.healthy && i.instanceRuntimeInfo.diagnosisReason,
      ),
    ).toBe(true)
    expect(instances.some((i) => i.instanceSpecInfo.nodePorts === null)).toBe(true)
    expect(instances.some((i) => i.instanceRuntimeInfo.scheduledStopTimestamp > Date.now())).toBe(
      true,
    )
    const modes = new Set(instances.map((i) => i.instanceSpecInfo.instanceBillingInfo.chargeMode))
    expect([...modes].sort()).toEqual(['perDay', 'perHour', 'perMonth', 'perWeek', 'tidePerHour'])
    const fullest = Math.max(
      ...instances.map(
        (i) =>
          i.instanceRuntimeInfo.instanceDiskUsageInfo.rootDiskUsedGi /
          i.instanceRuntimeInfo.instanceDiskAmountInfo.rootDiskAmountGi,
      ),
    )
    expect(fullest).toBeGreaterThan(0.9)
    expect(new Set(instances.map((i) => i.instanceMetadata.instanceId)).size).toBe(92)
  })

  it('refuses a missing, malformed or expired token with code -1 and HTTP 200', async () => {
    for (const cookie of [
      '',
      'AccessToken=not-a-jwt',
      `AccessToken=${mintToken({ lifetimeSeconds: -1 })}`,
    ]) {
      const { status, json } = await list(url, pager(1, 10), cookie)
      expect(status).toBe(200)
      expect(json).toEqual({
        code: -1,
        message: 'Not logged in or login expired, please log in again',
      })
    }
  })

  it('answers a body without a valid pager with a JSON error, not a crash', async () => {
    for (const body of ['{}', 'not json', pager(0, 10), pager(1, -5)]) {
      const { status, json } = await list(url, body)
      expect(status).toBe(500)
      expect(json.message).toContain('pager')
    }
    expect((await list(url, pager(1, 1))).status).toBe(200)
  })
})

describe('the simulator with a page cap', () => {
  const simulator = new Simulator({ instances: 250 })
  let url = ''
  beforeAll(async () => {
    url = await simulator.listen()
  })
  afterAll(() => simulator.close())
  const ids = (answer: { json: RawListResponse }) =>
    answer.json.instances.map((instance) => instance.instanceMetadata.instanceId)
  const all = () =>
    simulator.world.instances.map((instance) => instance.instanceMetadata.instanceId)

  it('without a cap serves any size asked for, as HPC-AI documents no maximum', async () => {
    simulator.configure({ pageCap: 0 })
    const page = await list(url, pager(1, 5000))
    expect(page.json.pager).toEqual({ currentPage: 1, pageSize: 5000, totalEntries: 250 })
    expect(page.json.instances).toHaveLength(250)
  })

  it('report: serves the cap and says so in the pager', async () => {
    simulator.configure({ pageCap: 100, pageCapMode: 'report' })
    const second = await list(url, pager(2, 1000))
    expect(second.json.pager).toEqual({ currentPage: 2, pageSize: 100, totalEntries: 250 })
    expect(ids(second)).toEqual(all().slice(100, 200))
    expect((await list(url, pager(1, 100))).json.pager.pageSize).toBe(100)
  })

  it('silent: serves the cap, pages counted in capped sizes, and echoes the size asked for', async () => {
    simulator.configure({ pageCap: 100, pageCapMode: 'silent' })
    const second = await list(url, pager(2, 1000))
    expect(second.json.pager).toEqual({ currentPage: 2, pageSize: 1000, totalEntries: 250 })
    expect(ids(second)).toEqual(all().slice(100, 200))
  })

  it('refuse: HTTP 400 with a JSON message above the cap, pages up to it served', async () => {
    simulator.configure({ pageCap: 100, pageCapMode: 'refuse' })
    const refused = await list(url, pager(1, 101))
    expect(refused.status).toBe(400)
    expect(refused.json).toEqual({ code: 400, message: 'pager.pageSize must be between 1 and 100' })
    expect(ids(await list(url, pager(3, 100)))).toEqual(all().slice(200, 250))
  })
})

describe('the simulator at scale', () => {
  it('serves 50,000 instances with a page cap and the same data for the same seed', async () => {
    const started = performance.now()
    const simulator = new Simulator({ instances: 50_000, pageCap: 50, seed: 7 })
    const twin = new Simulator({ instances: 50_000, pageCap: 50, seed: 7 })
    const url = await simulator.listen()
    try {
      const last = await list(url, pager(1000, 200))
      expect(last.json.pager).toEqual({ currentPage: 1000, pageSize: 50, totalEntries: 50_000 })
      expect(last.json.instances).toHaveLength(50)
      expect(last.json.instances[0]?.instanceMetadata.instanceId).toBe(
        twin.world.instances[49_950]?.instanceMetadata.instanceId,
      )
      expect(performance.now() - started).toBeLessThan(10_000)
    } finally {
      await simulator.close()
    }
  }, 20_000) // the 10 s bound above is the real limit; vitest's 5 s default trips on a busy machine
})
