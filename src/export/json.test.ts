import { describe, expect, it } from 'vitest'
import specExample from '../../sim/spec-example.json'
import { rawOf } from '../api/raw-of'
import { parseInstancePage } from '../testing/parse-instance-page'
import { instancesOf } from '../testing/test-instances'
import type { AttentionFlag } from '../model/attention'
import type { RowContext } from '../model/row-context'
import { instancesJson, rawInstancesJson } from './json'

const rows = instancesOf({ id: 'b', name: '训练-节点-40' }, { id: 'a', name: 'alpha' })

describe('instancesJson', () => {
  it('holds the view link, the time, and the view model per instance in view order', () => {
    const exportedAt = new Date(Date.UTC(2026, 10, 28, 12))
    const document = JSON.parse(
      instancesJson(rows, { view: 'http://localhost/?status=Running', exportedAt }),
    ) as { exportedAt: string; view: string; count: number; instances: Record<string, unknown>[] }
    expect(document.exportedAt).toBe('2026-11-28T12:00:00.000Z')
    expect(document.view).toBe('http://localhost/?status=Running')
    expect(document.count).toBe(2)
    expect(document.instances.map((instance) => instance.name)).toEqual(['训练-节点-40', 'alpha'])
    const first = document.instances[0] ?? {}
    expect(first).not.toHaveProperty('raw')
    expect(first).not.toHaveProperty('rawKept')
    expect(first).not.toHaveProperty('searchText')
    expect(first).not.toHaveProperty('sortName')
    expect(first).toMatchObject({ id: 'b', status: 'Running', billing: { hourly: 1 } })
    expect(first).toMatchObject({ needsAttention: [], statusObserved: null })
  })

  it('holds the Jupyter link, made from the path and the region, right after the path', () => {
    const [example] = parseInstancePage(specExample, { page: 1, pageSize: 3 }).instances
    const document = JSON.parse(
      instancesJson(example ? [example] : [], { view: '', exportedAt: new Date(0) }),
    ) as { instances: Record<string, unknown>[] }
    const exported = document.instances[0] ?? {}
    expect(exported.jupyterUrl).toBe(`https://asia-sg-1.hpc-ai.com${String(exported.subUrl)}`)
    const keys = Object.keys(exported)
    expect(keys.indexOf('jupyterUrl')).toBe(keys.indexOf('subUrl') + 1)
  })

  it('adds what the page knows: attention flags and when it saw the status', () => {
    const flag: AttentionFlag = {
      kind: 'no-ssh',
      label: 'No SSH port',
      short: 'No SSH port',
      actions: [],
    }
    const context: RowContext = {
      attention: new Map([['a', [flag]]]),
      observations: new Map([['a', { status: 'Running', since: 5, seenStart: true }]]),
    }
    const document = JSON.parse(
      instancesJson(rows, { view: '', exportedAt: new Date(0) }, context),
    ) as { instances: Record<string, unknown>[] }
    expect(document.instances[1]).toMatchObject({
      needsAttention: [
        {
          kind: 'no-ssh',
          label: 'No SSH port',
          short: 'No SSH port',
          reason: 'It is Running, but HPC-AI lists no SSH port (22) for it.',
        },
      ],
      statusObserved: { since: 5, changeSeen: true },
    })
  })
})

describe('labels and notes in the JSON export', () => {
  it('travel with each instance, with its spend so far (an estimate)', () => {
    const [instance] = instancesOf({ id: 'a', price: 2, createdAt: 3_600_000 })
    if (!instance) throw new Error('no instance')
    const context: RowContext = {
      attention: new Map(),
      observations: new Map(),
      annotations: new Map([
        ['a', { labels: ['team-zeta', '<b>x</b>'], note: 'eval', pinned: true, updatedAt: 0 }],
      ]),
    }
    const document = JSON.parse(
      instancesJson([instance], { view: '', exportedAt: new Date(4 * 3_600_000) }, context),
    ) as { instances: Record<string, unknown>[] }
    expect(document.instances[0]).toMatchObject({
      labels: ['team-zeta', '<b>x</b>'],
      note: 'eval',
      pinned: true,
      spendSoFarEstimate: 6,
    })
  })
})

describe('rawInstancesJson', () => {
  it('is the items exactly as the API sent them, in view order', () => {
    expect(JSON.parse(rawInstancesJson(rows))).toEqual(rows.map((row) => rawOf(row)))
    expect(JSON.parse(rawInstancesJson([...rows].reverse()))).toEqual(
      [...rows].reverse().map((row) => rawOf(row)),
    )
  })
})
