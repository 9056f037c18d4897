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

/**
 * The pages received so far as one list, in page order, each instance once (the first page that
 * held it wins; later copies are counted as duplicates).
 */
export function combinePages(
  pages: Iterable<[number, InstancePage]>,
  missing: ReadonlyMap<number, ApiError>,
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
  return {
    instances,
    dropped,
    duplicates,
    totalEntries,
    missingPages: [...missing.keys()].sort((a, b) => a - b),
    pageError: missing.values().next().value ?? null,
  }
}
