import { describe, expect, it } from 'vitest'
import { diskLevel, diskUsage, fullestPercent } from './disk'

describe('disk usage', () => {
  it('computes the percentage, uncapped over capacity', () => {
    expect(diskUsage(25, 50).percent).toBe(50)
    expect(diskUsage(52, 50).percent).toBe(104)
  })

  it('has no percentage for a zero, negative or unknown total (never NaN or Infinity)', () => {
    expect(diskUsage(0, 0).percent).toBeNull()
    expect(diskUsage(5, 0).percent).toBeNull()
    expect(diskUsage(5, -10).percent).toBeNull()
    expect(diskUsage(null, 50).percent).toBeNull()
    expect(diskUsage(-1, 50).percent).toBeNull()
  })

  it('turns amber from 80% and red from 90%', () => {
    expect(diskLevel(79.9)).toBe('ok')
    expect(diskLevel(80)).toBe('warn')
    expect(diskLevel(90)).toBe('critical')
    expect(diskLevel(140)).toBe('critical')
    expect(diskLevel(null)).toBe('ok')
  })

  it('picks the fuller disk for the table', () => {
    expect(fullestPercent(diskUsage(10, 100), diskUsage(90, 100))).toBe(90)
    expect(fullestPercent(diskUsage(10, 100), diskUsage(0, 0))).toBe(10)
    expect(fullestPercent(diskUsage(0, 0), diskUsage(0, 0))).toBeNull()
  })
})
