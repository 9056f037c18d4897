import { describe, expect, it } from 'vitest'
import { instanceFromExample } from '../testing/example-instance'
import { billedInterval } from './billed-interval'
import {
  monthEstimate,
  mostExpensiveRunning,
  reservedTermTotal,
  runningSpend,
  spentSinceCreated,
} from './cost'

const HOUR = 3_600_000
const NOW = new Date(2026, 10, 11, 12).getTime() // 11 November, noon, local time
const MONTH_START = new Date(2026, 10, 1).getTime()
const MONTH_END = new Date(2026, 11, 1).getTime()

interface Spec {
  id: string
  status?: string
  gpu?: [number, string]
  region?: string
  price?: number
  mode?: string
  duration?: number
  created?: number
  stopped?: number
}

function make(spec: Spec) {
  return instanceFromExample((item) => {
    item.instanceMetadata.instanceId = spec.id
    item.instanceSpecInfo.name = spec.id
    item.instanceRuntimeInfo.status = spec.status ?? 'Running'
    const [count, type] = spec.gpu ?? [0, '']
    item.instanceSpecInfo.instanceTypeInfo.gpu = { amount: count, type, unit: '' }
    item.instanceSpecInfo.regionInfo.name = spec.region ?? 'asia-sg-1'
    item.instanceSpecInfo.instanceBillingInfo.price = spec.price ?? 1
    item.instanceSpecInfo.instanceBillingInfo.chargeMode = spec.mode ?? 'perHour'
    item.instanceSpecInfo.instanceBillingInfo.duration = spec.duration ?? 1
    item.instanceRuntimeInfo.createAtUnixMs = spec.created ?? NOW - 10 * HOUR
    item.instanceRuntimeInfo.stopTimestamp = spec.stopped ?? 0
  })
}

const fleet = [
  make({ id: 'a', gpu: [8, 'H100'], price: 20, region: 'us-east-1' }),
  make({ id: 'b', gpu: [1, 'H100'], price: 720, mode: 'perMonth', duration: 2 }),
  make({ id: 'c', gpu: [1, 'L40S'], price: 24, mode: 'perDay' }),
  make({ id: 'd', price: 2, status: 'Stopped', created: NOW - 48 * HOUR, stopped: NOW - 2 * HOUR }),
  make({ id: 'e', price: 5, status: 'StartingFailed' }),
  make({ id: 'f', price: 3, created: MONTH_START - 100 * HOUR }),
  make({ id: 'g', price: 1, mode: 'perFortnight' }),
]

function pick(id: string) {
  const found = fleet.find((instance) => instance.id === id)
  if (!found) throw new Error(`no instance ${id}`)
  return found
}

describe('running spend', () => {
  it('sums the hourly figures of Running instances, split by GPU type, region and charge mode', () => {
    const spend = runningSpend(fleet)
    expect(spend.hourly).toBeCloseTo(20 + 1 + 1 + 3)
    expect(spend.count).toBe(5)
    expect(spend.unpriced).toBe(1)
    expect(spend.byGpu.map((g) => [g.label, g.hourly, g.count])).toEqual([
      ['H100', 21, 2],
      ['CPU only', 3, 2],
      ['L40S', 1, 1],
    ])
    expect(spend.byRegion.map((g) => g.label)).toEqual(['us-east-1', 'asia-sg-1'])
    expect(spend.byChargeMode.map((g) => g.label)).toEqual([
      'Per hour',
      'Per day',
      'Per month',
      'perFortnight (not a documented charge mode)',
    ])
  })

  it('ranks the most expensive running instances', () => {
    expect(mostExpensiveRunning(fleet, 3).map((i) => i.id)).toEqual(['a', 'f', 'b'])
  })
})

describe('estimates over time', () => {
  it('bill Running from creation to now, stopped ones until their stop, nothing else', () => {
    const [a, d, e] = [pick('a'), pick('d'), pick('e')]
    expect(billedInterval(a, NOW)).toEqual([NOW - 10 * HOUR, NOW])
    expect(billedInterval(d, NOW)).toEqual([NOW - 48 * HOUR, NOW - 2 * HOUR])
    expect(billedInterval(e, NOW)).toBeNull()
  })

  it('give a running total for hourly modes and a term total for reserved ones', () => {
    const [a, b, c, d] = [pick('a'), pick('b'), pick('c'), pick('d')]
    expect(spentSinceCreated(a, NOW)).toBeCloseTo(200)
    expect(spentSinceCreated(d, NOW)).toBeCloseTo(92)
    expect(spentSinceCreated(b, NOW)).toBeNull()
    expect(reservedTermTotal(b)).toBe(1440)
    expect(reservedTermTotal(c)).toBe(24)
    expect(reservedTermTotal(a)).toBeNull()
  })

  it('estimate the month to date within the month, and its end at the current burn', () => {
    const month = monthEstimate(fleet, NOW)
    expect(month.monthStart).toBe(MONTH_START)
    expect(month.monthEnd).toBe(MONTH_END)
    // a 20×10, b 1×10, c 1×10, d 2×46, f 3×(since the 1st)
    const sinceFirst = (NOW - MONTH_START) / HOUR
    expect(month.toDate).toBeCloseTo(200 + 10 + 10 + 92 + 3 * sinceFirst)
    expect(month.burn).toBeCloseTo(25)
    expect(month.atMonthEnd).toBeCloseTo(month.toDate + 25 * ((MONTH_END - NOW) / HOUR))
  })
})
