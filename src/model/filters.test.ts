import { describe, expect, it } from 'vitest'
import { facetCountsKey, facetOptionCounts } from './facet-counts'
import { filterInstances } from './filters'
import { keptOutside } from './kept-outside'
import { summarize } from './summary'
import { instancesOf } from '../testing/test-instances'
import { EMPTY_FILTERS } from './view-state'

const fleet = instancesOf(
  {
    id: 'a',
    name: 'llama-train',
    status: 'Running',
    gpu: { amount: 8, type: 'H100' },
    region: 'us-east-1',
    price: 20,
  },
  {
    id: 'b',
    name: 'qwen-eval',
    status: 'Running',
    gpu: { amount: 1, type: 'A100' },
    healthy: false,
    spot: true,
    price: 1.5,
  },
  { id: 'c', name: 'cpu-box', status: 'Stopped', image: 'ubuntu-llama-tools' },
  {
    id: 'd',
    name: 'failing',
    status: 'StartingFailed',
    gpu: { amount: 2, type: 'H100' },
    healthy: false,
  },
  { id: 'e', name: 'odd', status: 'Hibernating' },
)
const ids = (list: readonly { id: string }[]) => list.map((i) => i.id)
const statusFleet = [
  ...fleet,
  ...instancesOf(
    { id: 'f', name: 'warm-up', status: 'Initializing', gpu: { amount: 1, type: 'H100' } },
    { id: 'g', name: 'wind-down', status: 'Stopping' },
    { id: 'h', name: 'old-one', status: 'Archived' },
    { id: 'i', name: 'pending-thing', status: 'InitializationFailed' },
  ),
]

describe('filterInstances', () => {
  it('returns the same array when nothing filters', () => {
    expect(filterInstances(fleet, EMPTY_FILTERS)).toBe(fleet)
  })

  it('searches name, id, GPU type, region and image, every word, any case', () => {
    expect(ids(filterInstances(fleet, { ...EMPTY_FILTERS, q: 'LLAMA' }))).toEqual(['a', 'c'])
    expect(ids(filterInstances(fleet, { ...EMPTY_FILTERS, q: 'h100 us-east' }))).toEqual(['a'])
    expect(ids(filterInstances(fleet, { ...EMPTY_FILTERS, q: 'nothing-like-this' }))).toEqual([])
  })

  it('matches status words too, combined with names, GPUs and regions', () => {
    const search = (q: string) => ids(filterInstances(statusFleet, { ...EMPTY_FILTERS, q }))
    expect(search('running h100')).toEqual(['a'])
    expect(search('RUNNING')).toEqual(['a', 'b'])
    expect(search('h100')).toEqual(['a', 'd', 'f'])
    // The Status facet's words, whole or started: "stopped" is Stopped, not Archived.
    expect(search('stopped')).toEqual(['c'])
    expect(search('stop')).toEqual(['c', 'g'])
    expect(search('archived')).toEqual(['h'])
    expect(search('failed')).toEqual(['d', 'i'])
    expect(search('startingfailed h100')).toEqual(['d'])
    expect(search('starting')).toEqual(['d'])
    expect(search('initializing')).toEqual(['f'])
    expect(search('transition')).toEqual(['f', 'g'])
    expect(search('hibernating')).toEqual(['e'])
    // The inside of a status word is no start of one.
    expect(search('opped')).toEqual([])
    expect(search('ning')).toEqual([])
    expect(search('running us-east')).toEqual(['a'])
    expect(search('stopped eval')).toEqual([])
  })

  it('ORs values within a facet and ANDs across facets', () => {
    expect(
      ids(filterInstances(fleet, { ...EMPTY_FILTERS, status: ['Running', 'Stopped'] })),
    ).toEqual(['a', 'b', 'c'])
    expect(
      ids(filterInstances(fleet, { ...EMPTY_FILTERS, status: ['Running'], health: ['unhealthy'] })),
    ).toEqual(['b'])
    expect(ids(filterInstances(fleet, { ...EMPTY_FILTERS, gpu: ['cpu'] }))).toEqual(['c', 'e'])
    expect(ids(filterInstances(fleet, { ...EMPTY_FILTERS, billing: ['spot'] }))).toEqual(['b'])
    expect(ids(filterInstances(fleet, { ...EMPTY_FILTERS, region: ['us-east-1'] }))).toEqual(['a'])
  })
})

describe('facetOptionCounts', () => {
  it('counts each value among instances matching the other filters, most common first', () => {
    expect(facetOptionCounts(fleet, EMPTY_FILTERS, 'status')).toEqual([
      { value: 'Running', count: 2 },
      { value: 'Hibernating', count: 1 },
      { value: 'StartingFailed', count: 1 },
      { value: 'Stopped', count: 1 },
    ])
    expect(
      facetOptionCounts(fleet, { ...EMPTY_FILTERS, status: ['Running'], gpu: ['H100'] }, 'status'),
    ).toEqual([
      { value: 'Running', count: 1 },
      { value: 'StartingFailed', count: 1 },
    ])
  })

  it('lists a value chosen in the URL that no instance has, with count 0', () => {
    expect(
      facetOptionCounts(fleet, { ...EMPTY_FILTERS, region: ['mars-1'] }, 'region'),
    ).toContainEqual({
      value: 'mars-1',
      count: 0,
    })
  })

  it('keys the counts by the search and the other facets, not by the facet’s own selection', () => {
    const key = facetCountsKey({ ...EMPTY_FILTERS, status: ['Running'] }, 'status')
    expect(facetCountsKey(EMPTY_FILTERS, 'status')).toBe(key)
    expect(facetCountsKey({ ...EMPTY_FILTERS, status: ['Running'], q: 'a' }, 'status')).not.toBe(
      key,
    )
    expect(facetCountsKey({ ...EMPTY_FILTERS, gpu: ['H100'] }, 'status')).not.toBe(key)
  })
})

describe('summarize', () => {
  it('counts by status group, GPUs and hourly spend of running instances, and unhealthy ones', () => {
    const summary = summarize(fleet)
    expect(summary.byGroup).toEqual({
      running: 2,
      transitional: 0,
      stopped: 1,
      failed: 1,
      unknown: 1,
    })
    expect(summary.runningGpus).toBe(9)
    expect(summary.runningHourlySpend).toBeCloseTo(21.5)
    expect(summary.unhealthy).toBe(2)
    expect(summary.statusesByGroup.failed).toEqual(['StartingFailed'])
  })
})

describe('keeping the rows of a stop in view', () => {
  const running = { ...EMPTY_FILTERS, status: ['Running'] }
  const [a] = fleet
  // "a" was Running when its stop was sent; the list now shows it Stopped.
  const stopped = instancesOf({ id: 'a', name: 'llama-train', status: 'Stopped' })
  const now = [...stopped, ...fleet.slice(1)]
  const kept = new Map(a ? [['a', a]] : [])

  it('keeps an instance its stop took out of the filters, in its place', () => {
    expect(ids(filterInstances(now, running))).toEqual(['b'])
    expect(ids(filterInstances(now, running, undefined, kept))).toEqual(['a', 'b'])
    expect([...keptOutside(now, running, undefined, kept)]).toEqual(['a'])
  })

  it('lets filters the user changes take it out all the same', () => {
    const search = { ...running, q: 'no-such-instance' }
    expect(ids(filterInstances(now, search, undefined, kept))).toEqual([])
    expect(keptOutside(now, search, undefined, kept).size).toBe(0)
    expect(keptOutside(now, EMPTY_FILTERS, undefined, kept).size).toBe(0)
  })
})
