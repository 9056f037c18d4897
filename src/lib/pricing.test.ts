import { describe, expect, it } from 'vitest'
import { billingKind, hourlyPrice, hoursPerUnit, isHourlyMode } from './pricing'

describe('hourlyPrice', () => {
  it.each([
    ['perHour', 2.4, 2.4],
    ['tidePerHour', 0.9, 0.9],
    ['perDay', 48, 2],
    ['perWeek', 168, 1],
    ['perMonth', 720, 1],
  ])('normalises %s', (mode, price, hourly) => {
    expect(hourlyPrice(price, mode)).toBeCloseTo(hourly)
  })

  it('gives null for an unknown mode, a missing or negative price, never NaN', () => {
    expect(hourlyPrice(5, 'perFortnight')).toBeNull()
    expect(hourlyPrice(5, '')).toBeNull()
    expect(hourlyPrice(null, 'perHour')).toBeNull()
    expect(hourlyPrice(-1, 'perHour')).toBeNull()
    expect(hourlyPrice(Number.NaN, 'perHour')).toBeNull()
  })
})

describe('billingKind', () => {
  it('reads spot first, then the type sent, then what the charge mode implies', () => {
    expect(billingKind('On-Demand', 'perHour', true)).toBe('spot')
    expect(billingKind('Reserved', 'perMonth', false)).toBe('reserved')
    expect(billingKind('On-Demand', 'perHour', false)).toBe('on-demand')
    expect(billingKind('Tide', 'tidePerHour', false)).toBe('tide')
    expect(billingKind('Spot', 'perHour', false)).toBe('spot')
    expect(billingKind('', 'perWeek', false)).toBe('reserved')
    expect(billingKind('', 'tidePerHour', false)).toBe('tide')
    expect(billingKind('', '', false)).toBe('on-demand')
  })

  it('knows which modes are hourly and how many hours a unit covers', () => {
    expect(isHourlyMode('tidePerHour')).toBe(true)
    expect(isHourlyMode('perDay')).toBe(false)
    expect(hoursPerUnit('perMonth')).toBe(720)
    expect(hoursPerUnit('perFortnight')).toBeNull()
  })
})
