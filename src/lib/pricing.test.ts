import { describe, expect, it } from 'vitest'
import { hourlyPrice } from './pricing'

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
