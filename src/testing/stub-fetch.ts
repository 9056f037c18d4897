import { vi } from 'vitest'
import { fetchInstancePage } from '../api/client'

export const TOKEN = 'aaa.bbb.ccc'

/** Stubs the global fetch to answer every request with `body` (status and headers in `init`). */
export function answer(body: string, init: ResponseInit = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, init))),
  )
}

/** The first page of 50, with the test token. */
export const load = () => fetchInstancePage({ token: TOKEN, page: 1, pageSize: 50 })
