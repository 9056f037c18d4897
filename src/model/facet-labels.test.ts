import { describe, expect, it } from 'vitest'
import { facetValueLabel } from './facet-labels'

describe('facetValueLabel', () => {
  it('names known values and shows others (even Object.prototype names) as written', () => {
    expect(facetValueLabel('health', 'healthy')).toBe('Healthy')
    expect(facetValueLabel('status', 'healthy')).toBe('healthy')
    expect(facetValueLabel('gpu', 'toString')).toBe('toString')
    expect(facetValueLabel('billing', 'constructor')).toBe('constructor')
  })
})
