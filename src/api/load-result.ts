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

/**
 * The pages received so far as one list, in list order (each keyed by where it starts), each
 * instance once (the first page that held it wins; later copies are counted as duplicates).
 */
export function combinePages(
  pages: Iterable<[number, InstancePage]>,
  missing: ReadonlyMap<number, MissingPage>,
  totalEntries: number,
): LoadResult {
  const seen = new Set<string>()
  const instances: Instance[] = []
  const dropped: DroppedItem[] = []
  let duplicates = 0
  for (const [, page] of [...pages].sort(([a], [b]) => a - b)) {
    dropped.push(...page.dropped)
    for (const instance of page.instances) {
      if (seen.has(instance.id)) duplicates++
      else {
        seen.add(instance.id)
        instances.push(instance)
      }
    }
  }
  const gaps = [...missing].sort(([a], [b]) => a - b).map(([, gap]) => gap)
  return {
    instances,
    dropped,
    duplicates,
    totalEntries,
    missingPages: gaps.map((gap) => gap.page),
    pageError: gaps[0]?.error ?? null,
  }
}
