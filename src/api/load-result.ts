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
 * instance once (the first page that held it wins; later copies are counted as duplicates). Made
 * for one load and called as its pages arrive: the pages that continue the list from its start
 * with no gap are combined once and kept (pages mostly arrive in order), so that each call goes
 * through the pages after the first gap only (at 50,000 the last call took 25-40 ms). A load
 * keeps each page once and its pages never overlap (loadPages): a failed page is asked again as
 * the smaller pages that cover it, never beside it.
 */
export function pageCombiner() {
  const head: Combined & { end: number; seen: Set<string> } = {
    instances: [],
    dropped: [],
    duplicates: 0,
    end: 0,
    seen: new Set(),
  }
  return (
    pages: ReadonlyMap<number, KeptPage>,
    missing: ReadonlyMap<number, MissingPage>,
    totalEntries: number,
  ): LoadResult => {
    for (let page = pages.get(head.end); page; page = pages.get(head.end)) {
      append(page, head, head.seen)
      head.end += page.size
    }
    const result: Combined = {
      instances: [...head.instances],
      dropped: [...head.dropped],
      duplicates: head.duplicates,
    }
    const seen = new Set<string>()
    for (const [start, page] of [...pages].sort(([a], [b]) => a - b))
      if (start >= head.end) append(page, result, seen, head.seen)
    const gaps = [...missing].sort(([a], [b]) => a - b).map(([, gap]) => gap)
    return {
      ...result,
      totalEntries,
      missingPages: gaps.map((gap) => gap.page),
      pageError: gaps[0]?.error ?? null,
    }
  }
}
