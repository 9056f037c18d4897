import { describe, expect, it } from 'vitest'
import specExample from '../../sim/spec-example.json'
import { ApiError } from './errors'
import type { Instance } from './instance'
import { jupyterUrlOf } from '../lib/jupyter'
import { sshOf } from '../lib/ssh'
import { parseInstancePage } from '../testing/parse-instance-page'

const REQUEST = { page: 1, pageSize: 3 }
const clone = <T>(value: T): T => structuredClone(value)

describe('parseInstancePage', () => {
  it("parses the spec's own example response into the view model", () => {
    const page = parseInstancePage(specExample, REQUEST)
    expect(page.pager).toEqual({ currentPage: 1, pageSize: 3, totalEntries: 92 })
    expect(page.dropped).toEqual([])
    const [instance] = page.instances
    expect(instance).toMatchObject({
      id: 'notebook-5ac72ea0-xxxx-xxxx-xxxx-eea5891c2019',
      name: 'example-instance',
      status: 'Running',
      statusGroup: 'running',
      healthy: true,
      gpuCount: 0,
      cpuCount: 8,
      isSpot: false,
      region: { name: 'asia-sg-1', location: 'Asia,Singapore', sshAddress: '122.xx.xx.202' },
      billing: { chargeMode: 'perHour', hourly: 0.23999999463558197, unit: '$', type: 'On-Demand' },
      image: { tags: [] },
      createdAt: 1751527726179,
      stoppedAt: null,
      scheduledStopAt: null,
    })
    expect(sshOf(instance as Instance)).toMatchObject({
      kind: 'ready',
      command: 'ssh -p 31674 username@122.xx.xx.202',
    })
    expect(jupyterUrlOf(instance as Instance)).toBe(
      'https://asia-sg-1.hpc-ai.com/notebook/notebook-5ac72ea0-xxxx-xxxx-xxxx-eea5891c2019/notebook-5ac72ea0-xxxx-xxxx-xxxx-eea5891c2019-0',
    )
    expect(instance?.rootDisk.percent).toBeCloseTo(4.96)
    expect(instance?.dataDisk.percent).toBe(0)
  })

  it('keeps an instance whose blocks are null, absent or of the wrong type', () => {
    const body = clone(specExample)
    const item = body.instances[0] as Record<string, unknown> & {
      instanceSpecInfo: Record<string, unknown>
    }
    item.instanceSpecInfo.regionInfo = null
    item.instanceSpecInfo.nodePorts = null
    item.instanceSpecInfo.instanceTypeInfo = 'oops'
    delete item.instanceRuntimeInfo
    const [instance] = parseInstancePage(body, REQUEST).instances
    expect(instance).toMatchObject({
      status: '',
      statusGroup: 'unknown',
      gpuCount: 0,
      cpuCount: null,
      nodePorts: [],
    })
    expect(sshOf(instance as Instance).kind).toBe('unavailable')
    expect(jupyterUrlOf(instance as Instance)).toBeNull()
  })

  it('reads numbers sent as strings and ignores non-numeric ones', () => {
    const body = clone(specExample)
    const spec = body.instances[0]?.instanceSpecInfo as unknown as Record<
      string,
      Record<string, unknown>
    >
    ;(spec.instanceBillingInfo as Record<string, unknown>).price = '1.5'
    ;(spec.instanceTypeInfo as Record<string, Record<string, unknown>>).cpu = { amount: 'many' }
    const [instance] = parseInstancePage(body, REQUEST).instances
    expect(instance?.billing.price).toBe(1.5)
    expect(instance?.cpuCount).toBeNull()
  })

  it('drops only the items without an instanceId and says why', () => {
    const body = clone(specExample) as { instances: unknown[]; pager: unknown }
    body.instances.push({ instanceMetadata: { instanceId: '' } }, null)
    const page = parseInstancePage(body, REQUEST)
    expect(page.instances).toHaveLength(1)
    expect(page.dropped).toHaveLength(2)
    expect(page.dropped[0]?.reason).toContain('instanceId')
  })

  it('treats null instances as an empty page', () => {
    expect(
      parseInstancePage(
        { instances: null, pager: { currentPage: 4, pageSize: 3, totalEntries: 9 } },
        REQUEST,
      ),
    ).toEqual({
      instances: [],
      dropped: [],
      pager: { currentPage: 4, pageSize: 3, totalEntries: 9 },
    })
  })

  it('refuses a body that is not the list envelope, naming the field', () => {
    expect(() => parseInstancePage({ instances: 'nope' }, REQUEST)).toThrow(ApiError)
    expect(() => parseInstancePage({ instances: 'nope' }, REQUEST)).toThrow(/instances/)
    expect(() => parseInstancePage([1, 2], REQUEST)).toThrow(/unexpected answer/)
  })

  it('falls back to the requested page size when the pager is missing', () => {
    const page = parseInstancePage({ instances: [] }, { page: 2, pageSize: 50 })
    expect(page.pager).toEqual({ currentPage: 2, pageSize: 50, totalEntries: 0 })
  })
})
