import { describe, expect, it } from 'vitest'
import { ownValue } from './own-value'
import { billingKind, hourlyPrice } from './pricing'
import { statusGroup } from './status'
import { chargeModeLabel } from './instance-format'

describe('lookups keyed by API or URL strings', () => {
  it('ignore names inherited from Object.prototype', () => {
    expect(ownValue({ a: 1 }, 'toString')).toBeUndefined()
    expect(ownValue({ a: 1 }, 'a')).toBe(1)
    for (const key of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(statusGroup(key)).toBe('unknown')
      expect(hourlyPrice(3, key)).toBeNull()
      expect(chargeModeLabel(key)).toBe(key)
      expect(billingKind(key, key, false)).toBe('on-demand')
    }
  })
})
