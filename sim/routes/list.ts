import type { RawListResponse } from '../api-types.ts'
import { injectedFailure } from '../faults.ts'
import { json, parseJson } from '../http.ts'
import type { SimOptions } from '../options.ts'
import type { RouteAnswer, RouteInput } from './route.ts'

function parsePager(body: string): { currentPage: number; pageSize: number } | null {
  const parsed = parseJson(body) as { pager?: { currentPage?: unknown; pageSize?: unknown } } | null
  const { currentPage, pageSize } = parsed?.pager ?? {}
  if (typeof currentPage !== 'number' || typeof pageSize !== 'number') return null
  if (!Number.isInteger(currentPage) || !Number.isInteger(pageSize)) return null
  if (currentPage < 1 || pageSize < 1) return null
  return { currentPage, pageSize }
}

/** The size served for a request, the size the pager reports, or null when the request is refused. */
export function pageSizes(
  asked: number,
  { pageCap, pageCapMode }: Pick<SimOptions, 'pageCap' | 'pageCapMode'>,
): { served: number; reported: number } | null {
  if (pageCap <= 0 || asked <= pageCap) return { served: asked, reported: asked }
  if (pageCapMode === 'refuse') return null
  return { served: pageCap, reported: pageCapMode === 'silent' ? asked : pageCap }
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
  const sizes = pageSizes(pager.pageSize, options)
  if (!sizes) {
    const message = `pager.pageSize must be between 1 and ${options.pageCap}`
    return { answer: json(400, { code: 400, message }), counted: false }
  }
  const all = world.snapshot()
  const start = (pager.currentPage - 1) * sizes.served
  const response: RawListResponse = {
    instances: all.slice(start, start + sizes.served),
    pager: { currentPage: pager.currentPage, pageSize: sizes.reported, totalEntries: all.length },
  }
  return { answer: json(200, response), counted: true }
}
