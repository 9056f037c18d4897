import { FACET_KEYS, type Filters } from './view-state'

const MAX_SLUG = 40

/** `Running` -> `running`, `H100-80GB-SXM` -> `h100-80gb-sxm`; only `[a-z0-9-]`, maybe empty. */
export function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * The active filters in a few safe words (search first, then the facets in toolbar order): at most
 * 40 characters, ending in `more` when some did not fit; empty without filters.
 */
export function filterSlug(filters: Filters): string {
  const values = [filters.q.trim(), ...FACET_KEYS.flatMap((key) => filters[key])]
  const parts = [...new Set(values.map(slug).filter(Boolean))]
  let result = ''
  for (const part of parts) {
    const next = result ? `${result}-${part}` : part
    if (next.length > MAX_SLUG) {
      return result ? `${result}-more` : part.slice(0, MAX_SLUG).replace(/-+$/, '')
    }
    result = next
  }
  return result
}

/** The local calendar date, `2026-11-28`. */
export function dateStamp(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** `hpcai-instances-2026-11-28-running-h100-80gb-sxm.csv`: what, when, which view. */
export function exportFileName(
  what: string,
  extension: string,
  filters: Filters | null,
  date: Date,
): string {
  const view = filters ? filterSlug(filters) : ''
  return `hpcai-${what}-${dateStamp(date)}${view ? `-${view}` : ''}.${extension}`
}
