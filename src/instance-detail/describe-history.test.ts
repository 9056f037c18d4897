import { describe, expect, it } from 'vitest'
import { lasted } from './describe-history'

const entry = (seenStart: boolean) => ({ status: 'Running', since: 1_000_000, seenStart })

describe('how long a status lasted', () => {
  it('says "for" the current status and "lasted" a past one, "≥" where its start was not seen', () => {
    expect(lasted(entry(true), 1_000_000 + 12 * 60_000, true)).toBe('for 12 min')
    expect(lasted(entry(false), 1_000_000 + 12 * 60_000, true)).toBe('for ≥ 12 min')
    expect(lasted(entry(false), 1_000_000 + 3 * 60_000, false)).toBe('lasted ≥ 3 min')
    expect(lasted(entry(true), 1_000_000 + 5_000, false)).toBe('lasted 5 s')
  })

  it('never says "≥ 0 s": a start not seen under a minute ago is said in words', () => {
    expect(lasted(entry(false), 1_000_000, true)).toBe('first seen under a minute ago')
    expect(lasted(entry(false), 1_000_000 + 20_000, false)).toBe('seen for under a minute')
  })
})
