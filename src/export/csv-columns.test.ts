import { describe, expect, it } from 'vitest'
import { instancesOf } from '../testing/test-instances'
import { parseCsv } from '../testing/parse-csv'
import type { RowContext } from '../model/row-context'
import { instancesCsv, isoTime } from './csv-columns'

const created = Date.UTC(2026, 10, 28, 9, 30)
const rows = instancesOf(
  {
    id: 'notebook-1',
    name: '训练-节点-40',
    gpu: { amount: 8, type: 'H100-80GB-SXM' },
    price: 24,
    chargeMode: 'perDay',
    createdAt: created,
    rootUsed: 41,
    region: 'us-east, 1',
  },
  { id: 'notebook-2', name: '=cmd|"/c calc"!A1', status: 'Stopped', spot: true, price: 0.5 },
)

const read = (text: string) => parseCsv(text.replace(/^\uFEFF/, ''))

const seenAt = Date.UTC(2026, 10, 28, 10, 0)
const context: RowContext = {
  attention: new Map([
    [
      'notebook-1',
      [
        {
          kind: 'disk',
          label: 'Disk 97%',
          short: 'Root disk 97% full',
          actions: [],
        },
        {
          kind: 'stop-soon',
          label: 'Stops in 40 min',
          short: 'Stops in 40 min',
          actions: [],
        },
      ],
    ],
  ]),
  observations: new Map([
    ['notebook-1', { status: 'Running', since: seenAt, seenStart: true }],
    ['notebook-2', { status: 'Stopped', since: seenAt, seenStart: false }],
  ]),
}

describe('instancesCsv', () => {
  it('gives every column as plain fields, numbers as numbers with the unit in the header', () => {
    const [header, first, second] = read(instancesCsv(rows, [], context))
    expect(header).toEqual([
      'Name',
      'Instance ID',
      'Status',
      'Health',
      'Needs attention',
      'GPUs',
      'GPU type',
      'CPU cores',
      'Memory',
      'Memory unit',
      'Region',
      'Location',
      'Price per hour (USD)',
      'Charge mode',
      'Billing',
      'Disk used (%)',
      'Created (UTC)',
      'Scheduled stop (UTC)',
      'In status since (UTC)',
      'Status change seen',
    ])
    expect(first).toEqual([
      '训练-节点-40',
      'notebook-1',
      'Running',
      'Healthy',
      'Disk 97%; Stops in 40 min',
      '8',
      'H100-80GB-SXM',
      '8',
      '16',
      'GB',
      'us-east, 1',
      'Asia,Singapore',
      '1',
      'per day',
      'Reserved',
      '41',
      '2026-11-28T09:30:00.000Z',
      '',
      '2026-11-28T10:00:00.000Z',
      'yes',
    ])
    expect(second?.slice(0, 6)).toEqual([
      `'=cmd|"/c calc"!A1`,
      'notebook-2',
      'Stopped',
      'No live health (Stopped)',
      '',
      '0',
    ])
    expect(second?.slice(12, 15)).toEqual(['0.5', 'per hour', 'Spot'])
    expect(second?.slice(-2)).toEqual(['2026-11-28T10:00:00.000Z', 'no'])
  })

  it('leaves out the hidden columns but never the name', () => {
    const [header] = read(
      instancesCsv(rows, ['price', 'disk', 'created', 'stops', 'region', 'since']),
    )
    expect(header).toEqual([
      'Name',
      'Instance ID',
      'Status',
      'Health',
      'Needs attention',
      'GPUs',
      'GPU type',
      'CPU cores',
      'Memory',
      'Memory unit',
    ])
  })

  it('keeps the rows in the order given, and has only a header for no rows', () => {
    expect(read(instancesCsv([...rows].reverse(), [])).map((record) => record[1])).toEqual([
      'Instance ID',
      'notebook-2',
      'notebook-1',
    ])
    expect(read(instancesCsv([], ['gpu']))).toHaveLength(1)
  })
})

describe('isoTime', () => {
  it('writes ISO 8601 in UTC, and nothing for no time', () => {
    expect(isoTime(Date.UTC(2026, 0, 2, 3, 4, 5, 6))).toBe('2026-01-02T03:04:05.006Z')
    expect(isoTime(null)).toBeNull()
    expect(isoTime(Number.NaN)).toBeNull()
  })
})
