import type { ApiError } from './errors'
import type { Instance } from './instance'
import type { DroppedItem, InstancePage } from './parse-page'

export interface LoadResult {
  instances: Instance[]
  dropped: DroppedItem[]
  duplicates: number
  totalEntries: number
  /** Pages that still failed after retries; what they held is missing from `instances`. */
  missingPages: number[]
  pageError: ApiError | null
  /** Set while later pages are still on their way: what has arrived so far, shown at once. */
  partial?: true
}

/** A page that still failed after its retries: its number (in the size it was asked in), and why. */
export interface MissingPage {
  page: number
  error: ApiError
}

/** A page as a load keeps it, keyed by where it starts in the list: with the size it was asked in. */
export interface KeptPage extends InstancePage {
  size: number
}

interface Combined {
  instances: Instance[]
  dropped: DroppedItem[]
  duplicates: number
}

/**
 * Appends a page's instances that are not in `seen` (nor in `earlier`); counts the others as
 * duplicates (the first page that held an instance wins).
 */
function append(
  page: InstancePage,
  into: Combined,
  seen: Set<string>,
  earlier?: ReadonlySet<string>,
): void {
  into.dropped.push(...page.dropped)
  for (const instance of page.instances) {
    if (seen.has(instance.id) || earlier?.has(instance.id)) into.duplicates++
    else {
      seen.add(instance.id)
      into.instances.push(instance)
    }
  }
}

/**
 * The pages received so far as one list, in list order (each keyed by where it starts), each
 * instance once (the first page that held it wins; later copies are counted as duplicates).
 */
export function combinePages(
  pages: ReadonlyMap<number, InstancePage>,
  missing: ReadonlyMap<number, MissingPage>,
  totalEntries: number,
): LoadResult {
  const result: Combined = { instances: [], dropped: [], duplicates: 0 }
  const seen = new Set<string>()
  for (const [, page] of [...pages].sort(([a], [b]) => a - b)) append(page, result, seen)
  return withGaps(result, missing, totalEntries)
}

function withGaps(
  combined: Combined,
  missing: ReadonlyMap<number, MissingPage>,
  totalEntries: number,
): LoadResult {
  const gaps = [...missing].sort(([a], [b]) => a - b).map(([, gap]) => gap)
  return {
    ...combined,
    totalEntries,
    missingPages: gaps.map((gap) => gap.page),
    pageError: gaps[0]?.error ?? null,
  }
}

/**
 * combinePages for one load, called as its pages arrive: the pages that continue the list from
 * its start with no gap are combined once and kept (pages mostly arrive in order), so that each
 * call goes through the pages after the first gap only. At 50,000 the last call took 25-40 ms.
 */
export function pageCombiner() {
  let head = { pages: new Map<number, KeptPage>(), end: 0, seen: new Set<string>() }
  let combined: Combined = { instances: [], dropped: [], duplicates: 0 }
  return (
    pages: ReadonlyMap<number, KeptPage>,
    missing: ReadonlyMap<number, MissingPage>,
    totalEntries: number,
  ): LoadResult => {
    // A page kept in the head that is not the one now at its place: start again (never seen).
    if ([...head.pages].some(([start, page]) => pages.get(start) !== page)) {
      head = { pages: new Map(), end: 0, seen: new Set() }
      combined = { instances: [], dropped: [], duplicates: 0 }
    }
    for (let page = pages.get(head.end); page; page = pages.get(head.end)) {
      append(page, combined, head.seen)
      head.pages.set(head.end, page)
      head.end += page.size
    }
    const rest = [...pages].filter(([start]) => !head.pages.has(start)).sort(([a], [b]) => a - b)
    // A page inside the head's span but not part of it (pages that overlap): from scratch.
    if (rest.some(([start]) => start < head.end)) return combinePages(pages, missing, totalEntries)
    const result: Combined = {
      instances: [...combined.instances],
      dropped: [...combined.dropped],
      duplicates: combined.duplicates,
    }
    const seen = new Set<string>()
    for (const [, page] of rest) append(page, result, seen, head.seen)
    return withGaps(result, missing, totalEntries)
  }
}
