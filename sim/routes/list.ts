import type { RawListResponse } from '../api-types.ts'
import { injectedFailure } from '../faults.ts'
import { json, parseJson } from '../http.ts'
import type { RouteAnswer, RouteInput } from './route.ts'

const MAX_PAGE_SIZE = 1000

function parsePager(body: string): { currentPage: number; pageSize: number } | null {
  const parsed = parseJson(body) as { pager?: { currentPage?: unknown; pageSize?: unknown } } | null
  const { currentPage, pageSize } = parsed?.pager ?? {}
  if (typeof currentPage !== 'number' || typeof pageSize !== 'number') return null
  if (!Number.isInteger(currentPage) || !Number.isInteger(pageSize)) return null
  if (currentPage < 1 || pageSize < 1) return null
  return { currentPage, pageSize }
}

/** `POST /api/instance/list`: honest pages of the world as it is now. */
export function answerList({ body, options, world }: RouteInput): RouteAnswer {
  const pager = parsePager(body)
  if (!pager) {
    const message = 'pager.currentPage and pager.pageSize are required'
    return { answer: json(500, { code: 500, message }), counted: false }
  }
  const failure = injectedFailure(options.faults, pager.currentPage)
  if (failure) return { answer: failure, counted: false }
  const cap = options.pageCap > 0 ? options.pageCap : MAX_PAGE_SIZE
  const pageSize = Math.min(pager.pageSize, cap)
  const all = world.snapshot()
  const start = (pager.currentPage - 1) * pageSize
  const response: RawListResponse = {
    instances: all.slice(start, start + pageSize),
    pager: { currentPage: pager.currentPage, pageSize, totalEntries: all.length },
  }
  return { answer: json(200, response), counted: true }
}
