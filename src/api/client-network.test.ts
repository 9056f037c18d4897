import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchInstancePage } from './client'
import { answer, load, TOKEN } from '../testing/stub-fetch'

afterEach(() => vi.unstubAllGlobals())

describe('fetchInstancePage: network failures, timeouts and aborts', () => {
  it('maps a network failure to a network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    )
    await expect(load()).rejects.toMatchObject({ kind: 'network', transient: true })
  })

  it("maps the proxy's unreachable-upstream answer to a network error", async () => {
    answer(
      '{"proxyError":"upstream_unreachable","message":"Could not reach HPC-AI (ECONNREFUSED) from the dashboard server."}',
      {
        status: 502,
        headers: { 'x-proxy-error': 'upstream_unreachable' },
      },
    )
    await expect(load()).rejects.toMatchObject({
      kind: 'network',
      message: 'Could not reach HPC-AI (ECONNREFUSED) from the dashboard server.',
      retryable: true,
    })
  })

  it('aborts a request that hangs and reports a timeout', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => {
            init.signal?.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            )
          }),
      ),
    )
    const started = Date.now()
    await expect(
      fetchInstancePage({ token: TOKEN, page: 1, pageSize: 50, timeoutMs: 50 }),
    ).rejects.toMatchObject({
      kind: 'timeout',
      transient: true,
    })
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('passes a caller abort through untouched (React Query cancelled it)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new DOMException('aborted', 'AbortError'))),
    )
    const controller = new AbortController()
    controller.abort()
    await expect(
      fetchInstancePage({ token: TOKEN, page: 1, pageSize: 50, signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    })
  })
})
