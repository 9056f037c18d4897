import type { Instance } from '../api/instance'
import { statusLabel } from '../lib/instance-format'
import { statusGroup } from '../lib/status'

/** The user's labels of each instance (on this device), by instance id. */
export type LabelsById = ReadonlyMap<string, { readonly labels: readonly string[] }>

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

/** For each `label:` term of the search, the ids of the instances it asks for. */
export const labelTermIds = (q: string, annotations: LabelsById | undefined): Set<string>[] =>
  searchTerms(q).labels.map((wanted) =>
    idsLabelled(annotations, (label) => (wanted ? label === wanted : true)),
  )

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

/** Whether an instance, with its search text and status, matches every word of a search. */
export type SearchTest = (instance: Instance, text: string, status: string) => boolean

/** The test of the search's words (each may match a label instead), or null when there are none. */
export function searchTest(q: string, annotations: LabelsById | undefined): SearchTest | null {
  const { words } = searchTerms(q)
  if (words.length === 0) return null
  const terms = words.map((word) => {
    const ids = idsLabelled(annotations, (label) => label.includes(word))
    return { matches: termMatcher(word), labelled: ids.size > 0 ? ids : null }
  })
  return (instance, text, status) => {
    for (const { matches, labelled } of terms)
      if (!matches(text, status) && !(labelled?.has(instance.id) ?? false)) return false
    return true
  }
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
