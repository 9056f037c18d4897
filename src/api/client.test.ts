import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchInstancePage } from './client'
import type { ApiError } from './errors'
import specExample from '../../sim/spec-example.json'

const TOKEN = 'aaa.bbb.ccc'

function answer(body: string, init: ResponseInit = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, init))),
  )
}

const load = () => fetchInstancePage({ token: TOKEN, page: 1, pageSize: 50 })

afterEach(() => vi.unstubAllGlobals())

describe('fetchInstancePage', () => {
  it('posts the pager with the token in the proxy header, never in the URL', async () => {
    answer(JSON.stringify(specExample))
    const page = await load()
    expect(page.items).toHaveLength(1)
    expect(page.pager.totalEntries).toBe(92)
    const [url, init] = vi.mocked(fetch).mock.calls[0] ?? []
    expect(url).toBe('/api/instance/list')
    expect(url).not.toContain(TOKEN)
    expect(init?.method).toBe('POST')
    expect(init?.body).toBe('{"pager":{"currentPage":1,"pageSize":50}}')
    expect(init?.headers).toMatchObject({ 'x-hpcai-token': TOKEN })
    expect(init?.credentials).toBe('omit')
  })

  it('maps HTTP 200 with code -1 to an auth error carrying the server message', async () => {
    answer('{"code":-1,"message":"Not logged in or login expired, please log in again"}')
    await expect(load()).rejects.toMatchObject({
      kind: 'auth',
      message: 'Not logged in or login expired, please log in again',
    })
  })

  it.each([401, 403])('maps HTTP %i to an auth error, even without a JSON body', async (status) => {
    answer('Unauthorized', { status })
    await expect(load()).rejects.toMatchObject({ kind: 'auth', status })
  })

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

  it('writes messages without stray punctuation', async () => {
    const cases: [string, ResponseInit][] = [
      ['{}', { status: 429 }],
      ['{"message":"  slow down.  "}', { status: 429 }],
      ['', { status: 502 }],
      ['{"message":"ent: instance not found"}', { status: 404 }],
    ]
    for (const [body, init] of cases) {
      answer(body, init)
      const error = (await load().catch((caught: unknown) => caught)) as Error
      expect(error.message).not.toMatch(/\.\.|\.:|:\.|\s$|^\s|\(\)|\.\)/)
    }
  })

  it('keeps a JSON error message of a non-2xx answer', async () => {
    answer('{"message":"ent: instance not found"}', { status: 404 })
    await expect(load()).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      message: 'HPC-AI answered HTTP 404: ent: instance not found',
    })
  })

  it('reads Retry-After on 429', async () => {
    answer('{}', { status: 429, headers: { 'retry-after': '3' } })
    await expect(load()).rejects.toMatchObject({ kind: 'http', status: 429, retryAfterMs: 3000 })
  })

  it('maps a 200 that is not JSON to bad-json', async () => {
    answer('{"instances": [')
    await expect(load()).rejects.toMatchObject({ kind: 'bad-json' })
  })

  it('maps a JSON body of the wrong shape to bad-shape naming the field', async () => {
    answer('{"instances": {"a": 1}, "pager": {}}')
    await expect(load()).rejects.toMatchObject({
      kind: 'bad-shape',
      message: expect.stringContaining('instances') as string,
    })
  })

  it('maps another error code to an api error', async () => {
    answer('{"code":10002,"message":"rate limited"}')
    await expect(load()).rejects.toMatchObject({ kind: 'api', message: 'rate limited' })
  })

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

  it('never puts the token into an error message', async () => {
    answer(`{"code":-1,"message":"bad token ${TOKEN}"}`)
    const error = (await load().catch((caught: unknown) => caught)) as Error
    expect(error.message).not.toContain(TOKEN)
  })
})
