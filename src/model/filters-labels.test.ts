import { describe, expect, it } from 'vitest'
import { instancesOf } from '../testing/test-instances'
import type { Annotation } from './annotations'
import { facetOptionCounts } from './facet-counts'
import { filterInstances, type FilterContext } from './filters'
import { EMPTY_FILTERS } from './view-state'

const labelled = (labels: string[]): Annotation => ({
  labels,
  note: '',
  pinned: false,
  updatedAt: 0,
})
const fleet = instancesOf({ id: 'a', name: 'llama' }, { id: 'b', name: 'bert' }, { id: 'c' })
const context: FilterContext = {
  attention: new Set<string>(),
  annotations: new Map([
    ['a', labelled(['team-zeta', 'prod'])],
    ['b', labelled(['Team-Zeta'])],
  ]),
}
const ids = (q: string, label: string[] = []) =>
  filterInstances(fleet, { ...EMPTY_FILTERS, q, label }, context).map((i) => i.id)

describe('labels in search and the Label facet', () => {
  it('finds plain words in labels as in names, and label:name exactly (any case)', () => {
    expect(ids('zeta')).toEqual(['a', 'b'])
    expect(ids('prod')).toEqual(['a'])
    expect(ids('label:team-zeta')).toEqual(['a', 'b'])
    expect(ids('label:team')).toEqual([])
    expect(ids('llama label:TEAM-ZETA')).toEqual(['a'])
    expect(ids('label:')).toEqual(['a', 'b'])
  })

  it('filters by any of the chosen labels, counting each label once across cases', () => {
    expect(ids('', ['prod'])).toEqual(['a'])
    expect(facetOptionCounts(fleet, EMPTY_FILTERS, 'label', context)).toEqual([
      { value: 'team-zeta', count: 2 },
      { value: 'prod', count: 1 },
    ])
  })

  it('matches nothing by label without the labels (the first paint, before they are read)', () => {
    expect(filterInstances(fleet, { ...EMPTY_FILTERS, q: 'zeta' }).map((i) => i.id)).toEqual([])
  })
})
