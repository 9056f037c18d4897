import type { Instance } from '../api/instance'
import { billingKind } from '../lib/pricing'
import { statusLabel } from '../lib/instance-format'
import { liveHealth, statusGroup } from '../lib/status'
import { CPU_ONLY, FACET_KEYS, hasFilters, type FacetKey, type Filters } from './view-state'

/** What filtering needs beyond the instance itself: which instances need attention now. */
export interface FilterContext {
  attention: { has: (id: string) => boolean }
}

export const NO_FILTER_CONTEXT: FilterContext = { attention: new Set<string>() }

/** The value an instance has for a facet, as written in the URL. */
const FACET_VALUE: Record<FacetKey, (instance: Instance, context: FilterContext) => string> = {
  status: (i) => i.status || 'Unknown',
  region: (i) => i.region.name || 'Unknown',
  gpu: (i) => (i.gpuCount > 0 ? i.gpuType || 'Unknown GPU' : CPU_ONLY),
  health: (i) => liveHealth(i.healthy, i.statusGroup, i.diagnosisReason, i.diagnosisMessage),
  billing: (i) => billingKind(i.billing.type, i.billing.chargeMode, i.isSpot),
  attention: (i, context) => (context.attention.has(i.id) ? 'yes' : 'no'),
}

function searchTerms(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean)
}

/**
 * The words a status answers to in a search: the status as sent and as the Status facet shows it
 * ("startingfailed"), its parts ("starting", "failed"), and "transition" for an instance in
 * transition (the summary's name for that group).
 */
export function statusWords(status: string): string[] {
  const label = statusLabel(status)
  const group = statusGroup(status) === 'transitional' ? ' transition' : ''
  return `${label} ${label.replace(/([a-z])([A-Z])/g, '$1 $2')}${group}`
    .toLowerCase()
    .split(/[\s_-]+/)
}

/**
 * One search term. It matches an instance when it appears in its name, id, GPU, region, image
 * or user, or when a word of its status starts with it ("running", "fail", "stopped"): so
 * "running h100" finds the running H100s. Per status the answer is worked out once per search.
 */
function termMatcher(term: string): (instance: Instance) => boolean {
  const byStatus = new Map<string, boolean>()
  return (instance) => {
    if (instance.searchText.includes(term)) return true
    let matches = byStatus.get(instance.status)
    if (matches === undefined) {
      matches = statusWords(instance.status).some((word) => word.startsWith(term))
      byStatus.set(instance.status, matches)
    }
    return matches
  }
}

/** Whether an instance matches the filters (all but facet `skip`). */
export function predicate(
  filters: Filters,
  context: FilterContext,
  skip?: FacetKey,
): (instance: Instance) => boolean {
  const terms = searchTerms(filters.q).map(termMatcher)
  const facets = FACET_KEYS.filter((key) => key !== skip && filters[key].length > 0).map((key) => ({
    value: FACET_VALUE[key],
    allowed: new Set<string>(filters[key]),
  }))
  return (instance) =>
    terms.every((matches) => matches(instance)) &&
    facets.every((facet) => facet.allowed.has(facet.value(instance, context)))
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
  const matches = predicate(filters, context)
  const wasShown = (instance: Instance) => {
    const before = kept.get(instance.id)
    return before !== undefined && matches(before)
  }
  const shown =
    kept.size > 0 ? (instance: Instance) => matches(instance) || wasShown(instance) : matches
  const result = instances.filter(shown)
  return result.length === instances.length ? instances : result
}

export interface FacetOption {
  value: string
  count: number
}

/** How many instances that match everything but facet `key` have each of its values. */
export function facetCounts(
  instances: readonly Instance[],
  filters: Filters,
  key: FacetKey,
  context: FilterContext = NO_FILTER_CONTEXT,
): ReadonlyMap<string, number> {
  const matches = predicate(filters, context, key)
  const value = FACET_VALUE[key]
  const counts = new Map<string, number>()
  for (const instance of instances) {
    if (!matches(instance)) continue
    const v = value(instance, context)
    counts.set(v, (counts.get(v) ?? 0) + 1)
  }
  return counts
}

/**
 * A key that changes when facet `key`'s counts may change: the search and the other facets (its
 * own selection only ticks its boxes), so that toggling one of its values counts nothing again.
 */
export function facetCountsKey(filters: Filters, key: FacetKey): string {
  return JSON.stringify([filters.q, ...FACET_KEYS.map((k) => (k === key ? [] : filters[k]))])
}

/** The options, most instances first, plus any value `selected` that no instance has (count 0). */
export function facetOptions(
  counts: ReadonlyMap<string, number>,
  selected: readonly string[],
): FacetOption[] {
  const options = new Map(counts)
  for (const value of selected) if (!options.has(value)) options.set(value, 0)
  return [...options]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

/**
 * A facet's options with counts among the instances that match everything else (search and the
 * other facets), plus any value selected in the URL that no instance has (count 0).
 */
export function facetOptionCounts(
  instances: readonly Instance[],
  filters: Filters,
  key: FacetKey,
  context: FilterContext = NO_FILTER_CONTEXT,
): FacetOption[] {
  return facetOptions(facetCounts(instances, filters, key, context), filters[key])
}
