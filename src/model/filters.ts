import type { Instance } from '../api/instance'
import { billingKind } from '../lib/pricing'
import { liveHealth } from '../lib/status'
import {
  idsLabelled,
  searchColumns,
  searchTest,
  type LabelsById,
  type SearchTest,
} from './search-match'
import { CPU_ONLY, FACET_KEYS, hasFilters, type FacetKey, type Filters } from './view-state'

/** What filtering needs beyond the instance itself: which instances need attention now. */
export interface FilterContext {
  attention: { has: (id: string) => boolean }
  /** The user's labels of each instance (on this device), for search and the Label facet. */
  annotations?: LabelsById
}

export const NO_FILTER_CONTEXT: FilterContext = { attention: new Set<string>() }

/** The value an instance has for a facet, as written in the URL (labels: labelsOf, several). */
export const FACET_VALUE: Record<
  Exclude<FacetKey, 'label'>,
  (instance: Instance, context: FilterContext) => string
> = {
  status: (i) => i.status || 'Unknown',
  region: (i) => i.region.name || 'Unknown',
  gpu: (i) => (i.gpuCount > 0 ? i.gpuType || 'Unknown GPU' : CPU_ONLY),
  health: (i) => liveHealth(i.healthy, i.statusGroup, i.diagnosisReason, i.diagnosisMessage),
  billing: (i) => billingKind(i.billing.type, i.billing.chargeMode, i.isSpot),
  attention: (i, context) => (context.attention.has(i.id) ? 'yes' : 'no'),
}

export const labelsOf = (instance: Instance, context: FilterContext): readonly string[] =>
  context.annotations?.get(instance.id)?.labels ?? []

/** The filters' test (all but facet `skip`), given an instance with its search text and status. */
function filtersTest(filters: Filters, context: FilterContext, skip?: FacetKey): SearchTest {
  const search = searchTest(filters.q, context.annotations)
  const facets = FACET_KEYS.filter(
    (key) => key !== skip && key !== 'label' && filters[key].length > 0,
  ).map((key) => ({
    value: FACET_VALUE[key as Exclude<FacetKey, 'label'>],
    allowed: new Set<string>(filters[key]),
  }))
  const wanted = new Set(filters.label.map((label) => label.toLowerCase()))
  const labelled =
    skip !== 'label' && wanted.size > 0
      ? idsLabelled(context.annotations, (label) => wanted.has(label))
      : null
  return (instance, text, status) =>
    search(instance, text, status) &&
    (labelled === null || labelled.has(instance.id)) &&
    facets.every((facet) => facet.allowed.has(facet.value(instance, context)))
}

/** Whether an instance matches the filters (all but facet `skip`). */
export function predicate(
  filters: Filters,
  context: FilterContext,
  skip?: FacetKey,
): (instance: Instance) => boolean {
  const test = filtersTest(filters, context, skip)
  return (instance) => test(instance, instance.searchText, instance.status)
}

/** Instances kept in view by id, as they were when kept (see filterInstances). */
export type KeptInstances = ReadonlyMap<string, Instance>

const NONE_KEPT: KeptInstances = new Map()

/**
 * The instances the filters show, in their order. One in `kept` (a stop whose outcome is on
 * screen) also stays while it, as it was when kept, matches them: what its stop changed (its
 * status, its health) does not take it out of view, while a filter the user changes still does.
 * The same array when nothing filters.
 */
export function filterInstances(
  instances: readonly Instance[],
  filters: Filters,
  context: FilterContext = NO_FILTER_CONTEXT,
  kept: KeptInstances = NONE_KEPT,
): readonly Instance[] {
  if (!hasFilters(filters)) return instances
  const test = filtersTest(filters, context)
  // A search reads texts and statuses from flat columns, not from each instance: at 50,000 the
  // instances (in sorted order, scattered in memory) made it four times slower.
  const columns = filters.q.trim() === '' ? null : searchColumns(instances)
  const result: Instance[] = []
  for (let index = 0; index < instances.length; index++) {
    const instance = instances[index] as Instance
    const text = columns?.texts[index] ?? instance.searchText
    const status = columns?.statuses[index] ?? instance.status
    if (test(instance, text, status) || (kept.size > 0 && wasShown(kept.get(instance.id), test)))
      result.push(instance)
  }
  return result.length === instances.length ? instances : result
}

const wasShown = (before: Instance | undefined, test: SearchTest) =>
  before !== undefined && test(before, before.searchText, before.status)
