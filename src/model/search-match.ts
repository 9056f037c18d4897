import type { Instance } from '../api/instance'
import { statusLabel } from '../lib/instance-format'
import { statusGroup } from '../lib/status'

/** The user's labels of each instance (on this device), by instance id. */
export type LabelsById = ReadonlyMap<string, { readonly labels: readonly string[] }>

/**
 * The ids of the instances with a label `wanted` accepts (labels compared in lower case): found
 * once per search from the few labelled instances, so that the many unlabelled ones cost nothing.
 */
export function idsLabelled(
  annotations: LabelsById | undefined,
  wanted: (label: string) => boolean,
): Set<string> {
  const ids = new Set<string>()
  for (const [id, { labels }] of annotations ?? [])
    if (labels.some((label) => wanted(label.toLowerCase()))) ids.add(id)
  return ids
}

/**
 * The words a status answers to in a search: the status as sent and as the Status facet shows it
 * ("startingfailed"), its parts ("starting", "failed"), and "transition" for an instance in
 * transition (the summary's name for that group).
 */
function statusWords(status: string): string[] {
  const label = statusLabel(status)
  const group = statusGroup(status) === 'transitional' ? ' transition' : ''
  return `${label} ${label.replace(/([a-z])([A-Z])/g, '$1 $2')}${group}`
    .toLowerCase()
    .split(/[\s_-]+/)
}

/**
 * One search term. It matches when it appears in an instance's search text (name, id, GPU,
 * region, image, user), or when a word of its status starts with it ("running", "fail",
 * "stopped"): so "running h100" finds the running H100s. Per status the answer is worked out once.
 */
function termMatcher(term: string): (text: string, status: string) => boolean {
  const byStatus = new Map<string, boolean>()
  return (text, status) => {
    if (text.includes(term)) return true
    let matches = byStatus.get(status)
    if (matches === undefined) {
      matches = statusWords(status).some((word) => word.startsWith(term))
      byStatus.set(status, matches)
    }
    return matches
  }
}

/** Whether an instance, with its search text and status, matches a search. */
export type SearchTest = (instance: Instance, text: string, status: string) => boolean

/**
 * A search as a test: every word must match (see termMatcher) or be part of one of the
 * instance's labels, and `label:team-zeta` asks for that label exactly (any case; `label:`
 * alone, for any label).
 */
export function searchTest(q: string, annotations: LabelsById | undefined): SearchTest {
  const terms = q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => {
      const wanted = term.startsWith('label:') ? term.slice(6) : null
      return wanted === null
        ? {
            matches: termMatcher(term),
            labelled: idsLabelled(annotations, (l) => l.includes(term)),
          }
        : { matches: null, labelled: idsLabelled(annotations, (l) => !wanted || l === wanted) }
    })
  return (instance, text, status) =>
    terms.every(
      ({ matches, labelled }) =>
        (matches?.(text, status) ?? false) || (labelled.size > 0 && labelled.has(instance.id)),
    )
}

export interface SearchColumns {
  texts: readonly string[]
  statuses: readonly string[]
}

const columnsOf = new WeakMap<readonly Instance[], SearchColumns>()

/**
 * The search texts and statuses of `instances`, as two flat arrays in its order, kept while the
 * array lives (each key of a search filters the same sorted array).
 */
export function searchColumns(instances: readonly Instance[]): SearchColumns {
  let columns = columnsOf.get(instances)
  if (!columns) {
    columns = {
      texts: instances.map((instance) => instance.searchText),
      statuses: instances.map((instance) => instance.status),
    }
    columnsOf.set(instances, columns)
  }
  return columns
}
