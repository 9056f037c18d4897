import { describe, expect, it } from 'vitest'
import { instancesOf } from '../testing/test-instances'
import { parseCsv } from '../testing/parse-csv'
import type { RowContext } from '../model/row-context'
import { isoTime } from '../columns/time-columns'
import { COLUMN_IDS } from '../model/column-ids'
import { instancesCsv } from './csv-columns'

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
    const [header, first, second] = read(instancesCsv(rows, COLUMN_IDS, context))
    expect(header).toEqual([
      'Name',
      'Instance ID',
      'Labels',
      'Note',
      'Pinned',
      'Status',
      'Health',
      'Needs attention',
      'GPUs',
      'GPU type',
      'Price per hour (USD)',
      'Charge (USD)',
      'Charge mode',
      'Billed duration',
      'Billed duration unit',
      'Billing',
      'Region',
      'Location',
      'Disk used (%)',
      'In status since (UTC)',
      'Status change seen',
      'Created (UTC)',
      'Scheduled stop (UTC)',
      'CPU cores',
      'Memory',
      'Memory unit',
      'Spend so far (USD, estimate)',
    ])
    expect(first?.slice(0, 5)).toEqual(['训练-节点-40', 'notebook-1', '', '', ''])
    expect(first?.slice(5)).toEqual([
      'Running',
      'Healthy',
      'Disk 97%; Stops in 40 min',
      '8',
      'H100-80GB-SXM',
      '1',
      '24',
      'per day',
      '',
      'day',
      'Reserved',
      'us-east, 1',
      'Asia,Singapore',
      '41',
      '2026-11-28T10:00:00.000Z',
      'yes',
      '2026-11-28T09:30:00.000Z',
      '',
      '8',
      '16',
      'GB',
      expect.stringMatching(/^\d+(\.\d+)?$/),
    ])
    expect(second?.slice(0, 2)).toEqual([`'=cmd|"/c calc"!A1`, 'notebook-2'])
    expect(second?.slice(5, 9)).toEqual(['Stopped', 'No live health (Stopped)', '', '0'])
    expect(second?.slice(10, 16)).toEqual(['0.5', '0.5', 'per hour', '', 'hour', 'Spot'])
    expect(second?.slice(19, 21)).toEqual(['2026-11-28T10:00:00.000Z', 'no'])
  })

  it('has the columns the table shows, in its order, and the name always', () => {
    const [header] = read(instancesCsv(rows, ['created', 'gpu', 'cpu']))
    expect(header).toEqual([
      'Name',
      'Instance ID',
      'Labels',
      'Note',
      'Pinned',
      'Created (UTC)',
      'GPUs',
      'GPU type',
      'CPU cores',
    ])
  })

  it('keeps the rows in the order given, and has only a header for no rows', () => {
    expect(read(instancesCsv([...rows].reverse(), ['name'])).map((record) => record[1])).toEqual([
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
