import { describe, expect, it } from 'vitest'
import { activeFilters, withoutFilter } from './active-filters'
import { EMPTY_FILTERS } from './view-state'

describe('active filters', () => {
  const filters = { ...EMPTY_FILTERS, q: ' llama ', status: ['Running', 'Stopped'], gpu: ['cpu'] }

  it('name each filter the view applies, search first', () => {
    expect(activeFilters(filters).map((filter) => filter.label)).toEqual([
      'Search: “llama”',
      'Status: Running',
      'Status: Stopped',
      'GPU type: CPU only',
    ])
    expect(activeFilters(EMPTY_FILTERS)).toEqual([])
  })

  it('can each be removed alone', () => {
    const [search, running] = activeFilters(filters)
    if (!search || !running) throw new Error('expected two filters')
    expect(withoutFilter(filters, search)).toEqual({ q: '' })
    expect(withoutFilter(filters, running)).toEqual({ status: ['Stopped'] })
  })
})
