import { vi } from 'vitest'
import type { FetchPage } from '../api/load-all'
import type { RawPage } from '../api/parse-page'
import { readEnvelopeNow } from './parse-instance-page'

/** Test helper: a page as the server would describe it, holding instances with the given ids. */
export function fakePage(
  ids: string[],
  pager: { currentPage: number; pageSize: number; totalEntries: number },
): RawPage {
  const instances = ids.map((id) => ({
    instanceMetadata: {
      instanceId: id,
      instanceUsername: 'root',
      instanceAuth: { ownerUserName: 'me' },
    },
    instanceSpecInfo: { name: id },
    instanceRuntimeInfo: { status: 'Running' },
  }))
  return readEnvelopeNow(
    { instances, pager },
    { page: pager.currentPage, pageSize: pager.pageSize },
  )
}

/** `count` ids from a made-up server holding `total` instances with pages of `size`. */
export function idsOfPage(page: number, size: number, total: number): string[] {
  const start = (page - 1) * size
  return Array.from(
    { length: Math.max(0, Math.min(size, total - start)) },
    (_, index) => `i-${start + index + 1}`,
  )
}

/**
 * A server holding `total` instances (or as many as `total(page)` says when that page is asked) that
 * serves at most `cap` per page, whatever is asked.
 */
export function fakeServer(
  total: number | ((page: number) => number),
  cap = 50,
): FetchPage & { calls: number[] } {
  const calls: number[] = []
  const fetchPage = vi.fn((page: number, asked: number) => {
    calls.push(page)
    const size = Math.min(asked, cap)
    const entries = typeof total === 'number' ? total : total(page)
    return Promise.resolve(
      fakePage(idsOfPage(page, size, entries), {
        currentPage: page,
        pageSize: size,
        totalEntries: entries,
      }),
    )
  })
  return Object.assign(fetchPage, { calls })
}

/** A server holding `from` instances until page `atPage` is asked, then `to` (created while paging). */
export function growingServer(from: number, to: number, atPage = 2) {
  let total = from
  return fakeServer((page) => {
    if (page === atPage) total = to
    return total
  })
}
