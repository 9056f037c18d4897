import { describe, expect, it } from 'vitest'
import { diskUsage } from './disk'
import { DASH, formatDuration } from './format'
import {
  chargeModeLabel,
  formatApproxHourly,
  formatCharge,
  formatStatusAge,
  formatStatusList,
  liveHealthLabel,
  describeDisk,
  formatAmount,
  formatGpu,
  formatHourly,
  formatStopCountdown,
  joinKnown,
  statusLabel,
} from './instance-format'
import { chargeModeWords, currencyLabel, formatBilledDuration } from './billing-words'

describe('how an instance reads', () => {
  it('names GPUs, CPU-only machines and unnamed GPUs', () => {
    expect(formatGpu(8, 'H100-80GB-SXM')).toBe('8 × H100-80GB-SXM')
    expect(formatGpu(0, 'H100')).toBe('CPU only')
    expect(formatGpu(2, '')).toBe('2 × GPU')
  })

  it('gives prices per hour, and a dash when they cannot be known', () => {
    expect(formatHourly(5.5625)).toBe('$5.56/h')
    expect(formatHourly(0.125)).toBe('$0.125/h')
    expect(formatHourly(null)).toBe(DASH)
  })

  it('words charge modes, and shows unknown ones as sent', () => {
    expect(chargeModeLabel('perMonth')).toBe('per month')
    expect(chargeModeLabel('perFortnight')).toBe('perFortnight')
    expect(chargeModeLabel('')).toBe(DASH)
  })

  it('reads statuses, health and amounts without ever saying null or undefined', () => {
    expect(statusLabel('')).toBe('Unknown')
    expect(formatAmount(null, 'GB')).toBe(DASH)
    expect(formatAmount(128, 'GB')).toBe('128 GB')
    expect(joinKnown(formatAmount(null, 'GB'), '', 'DDR5')).toBe('DDR5')
  })

  it('counts down to a scheduled stop, then says it is due', () => {
    expect(formatStopCountdown(3_600_000 + 120_000, 0)).toBe('in 1 h 2 min')
    expect(formatStopCountdown(0, 1)).toBe('due')
  })

  it('describes disks, over capacity included', () => {
    expect(describeDisk(diskUsage(41, 100))).toBe('41 of 100 GiB used (41%)')
    expect(describeDisk(diskUsage(104, 100))).toBe('104 of 100 GiB used (104%), over capacity')
    expect(describeDisk(diskUsage(3, 0))).toBe(DASH)
  })

  it('keeps absurd durations readable', () => {
    expect(formatDuration(1e300)).toBe('over 100 years')
    expect(formatDuration(Number.NaN)).toBe(DASH)
    expect(formatDuration(-5)).toBe('0 s')
  })
})

describe('billing in words', () => {
  it('shows the charge as billed, whole dollars from $1,000, and the hourly figure beside it', () => {
    expect(formatCharge(4003.2, 'perMonth')).toBe('$4,003 / month')
    expect(formatCharge(4003.2, 'perMonth', '$', true)).toBe('$4,003.20 / month')
    expect(formatCharge(2.49, 'perHour')).toBe('$2.49 / hour')
    expect(formatCharge(3, 'perFortnight')).toBe('$3.00 (perFortnight)')
    expect(formatApproxHourly(5.56)).toBe('≈ $5.56/h')
  })

  it('names the charge mode, the billed duration with its unit, and the currency', () => {
    expect(chargeModeWords('perMonth')).toBe('Per month')
    expect(chargeModeWords('tidePerHour')).toBe('Per hour, tide pricing')
    expect(formatBilledDuration(2, 'perMonth')).toBe('2 months')
    expect(formatBilledDuration(1, 'perHour')).toBe('1 hour')
    expect(currencyLabel('$')).toBe('US dollars ($)')
  })

  it('has no live health for a stopped instance, and marks an unseen start', () => {
    expect(liveHealthLabel('none', 'Archived')).toBe('No live health (Archived)')
    expect(liveHealthLabel('none', 'Running')).toBe('Health not reported')
    expect(formatStatusAge(12 * 60_000, false)).toBe('≥ 12 min')
    expect(formatStatusAge(12 * 60_000, true)).toBe('12 min')
    // Right after a load an unseen start is not "≥ 0 s".
    expect(formatStatusAge(0, false)).toBe('first seen now')
    expect(formatStatusAge(59_000, false)).toBe('first seen now')
    expect(formatStatusAge(20_000, true)).toBe('20 s')
    expect(formatStatusList(['Archived', 'Stopped'])).toBe('Archived, Stopped')
  })
})
