import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ApiError } from './errors'
import { answer, load } from '../testing/stub-fetch'

afterEach(() => vi.unstubAllGlobals())

describe('fetchInstancePage: answers of the dashboard server (the proxy), not of HPC-AI', () => {
  it("names an answer that is not JSON as the dashboard server's own (the proxy never passes one on)", async () => {
    answer('<html><body><h1>500 Internal Server Error</h1></body></html>', { status: 500 })
    const error = await load().catch((caught: unknown) => caught)
    expect(error).toMatchObject({
      kind: 'http',
      status: 500,
      message: 'The dashboard server answered HTTP 500.',
      transient: true,
      retryable: true,
    })
    expect((error as Error).message).not.toContain('<')
  })

  it.each([431, 413])(
    'names a bare %i from the local server as the dashboard server, with no Retry',
    async (status) => {
      answer('', { status })
      const error = (await load().catch((caught: unknown) => caught)) as ApiError
      expect(error.message).toBe(`The dashboard server answered HTTP ${status}.`)
      expect(error.message).not.toContain('HPC-AI')
      expect(error).toMatchObject({ retryable: false, transient: false })
    },
  )

  it.each([
    ['bad_path', 400],
    ['bad_request', 400],
    ['bad_method', 405],
    ['too_large', 413],
    ['too_large', 431],
    ['upstream_too_large', 502],
  ])(
    "offers no Retry for the proxy's %s (%i): the same request gets the same answer",
    async (code, status) => {
      answer(JSON.stringify({ proxyError: code, message: `The dashboard server said ${code}.` }), {
        status,
        headers: { 'x-proxy-error': code },
      })
      await expect(load()).rejects.toMatchObject({
        kind: 'http',
        status,
        message: `The dashboard server said ${code}.`,
        retryable: false,
        transient: false,
      })
    },
  )

  it('keeps Retry for an unknown proxy code on a 5xx, and names the server when it says nothing', async () => {
    answer('{}', { status: 503, headers: { 'x-proxy-error': 'something_new' } })
    await expect(load()).rejects.toMatchObject({
      message: 'The dashboard server answered HTTP 503.',
      retryable: true,
      transient: true,
    })
  })

  it("keeps the proxy's own message for an upstream error page it replaced, its Retry-After and Retry", async () => {
    const message = 'HPC-AI answered HTTP 503.'
    answer(JSON.stringify({ proxyError: 'upstream_not_json', message }), {
      status: 503,
      headers: { 'x-proxy-error': 'upstream_not_json', 'retry-after': '2' },
    })
    await expect(load()).rejects.toMatchObject({
      kind: 'http',
      status: 503,
      message,
      retryAfterMs: 2000,
      transient: true,
      retryable: true,
    })
  })
})
