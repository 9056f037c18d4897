export interface Pager {
  currentPage: number
  pageSize: number
  totalEntries: number
}

/** A list answer whose envelope has been checked; its items are parsed separately. */
export interface RawPage {
  pager: Pager
  items: unknown[]
}

/** The envelope's pager as read (each value a number or null), or none. */
export type PagerFields = {
  currentPage: number | null
  pageSize: number | null
  totalEntries: number | null
} | null

/** What the loader needs of an answer: its items, and the pager with the request filling gaps. */
export function pagerOf(
  items: unknown[],
  pager: PagerFields | undefined,
  requested: { page: number; pageSize: number },
): RawPage {
  return {
    items,
    pager: {
      currentPage: pager?.currentPage ?? requested.page,
      pageSize: pager?.pageSize && pager.pageSize > 0 ? pager.pageSize : requested.pageSize,
      totalEntries: Math.max(0, pager?.totalEntries ?? items.length),
    },
  }
}
