import type { Instance } from '../api/instance'
import { billingKind } from '../lib/pricing'
import { statusLabel } from '../lib/instance-format'
import { liveHealth, statusGroup } from '../lib/status'
import { CPU_ONLY, FACET_KEYS, hasFilters, type FacetKey, type Filters } from './view-state'

/** What filtering needs beyond the instance itself: which instances need attention now. */
export interface FilterContext {
  attention: { has: (id: string) => boolean }
  /** The user's labels of each instance (on this device), for search and the Label facet. */
  annotations?: { get: (id: string) => { labels: readonly string[] } | undefined }
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

const LABEL_PREFIX = 'label:'

/**
 * The search's words and its `label:` terms: every word must match (see termMatcher, or one of the
 * instance's labels), and `label:team-zeta` asks for that label exactly (any case).
 */
function searchTerms(q: string): { words: string[]; labels: string[] } {
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean)
  return {
    words: terms.filter((term) => !term.startsWith(LABEL_PREFIX)),
    labels: terms.filter((term) => term.startsWith(LABEL_PREFIX)).map((term) => term.slice(6)),
  }
}

export const labelsOf = (instance: Instance, context: FilterContext): readonly string[] =>
  context.annotations?.get(instance.id)?.labels ?? []

const hasLabel = (labels: readonly string[], wanted: (label: string) => boolean) =>
  labels.some((label) => wanted(label.toLowerCase()))

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
  const { words, labels } = searchTerms(filters.q)
  const terms = words.map(termMatcher)
  const facets = FACET_KEYS.filter(
    (key) => key !== skip && key !== 'label' && filters[key].length > 0,
  ).map((key) => ({
    value: FACET_VALUE[key as Exclude<FacetKey, 'label'>],
    allowed: new Set<string>(filters[key]),
  }))
  const wantedLabels =
    skip !== 'label' && filters.label.length > 0
      ? new Set(filters.label.map((label) => label.toLowerCase()))
      : null
  return (instance) =>
    terms.every(
      (matches, index) =>
        matches(instance) ||
        hasLabel(labelsOf(instance, context), (label) => label.includes(words[index] ?? '')),
    ) &&
    labels.every((wanted) =>
      hasLabel(labelsOf(instance, context), (label) => (wanted ? label === wanted : true)),
    ) &&
    (wantedLabels === null ||
      hasLabel(labelsOf(instance, context), (label) => wantedLabels.has(label))) &&
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
