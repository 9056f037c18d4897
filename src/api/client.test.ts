import { afterEach, describe, expect, it, vi } from 'vitest'
import specExample from '../../sim/spec-example.json'
import { answer, load, TOKEN } from '../testing/stub-fetch'

afterEach(() => vi.unstubAllGlobals())

describe('fetchInstancePage: what it sends, and how it reads the answers of HPC-AI', () => {
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

  it('never puts the token into an error message', async () => {
    answer(`{"code":-1,"message":"bad token ${TOKEN}"}`)
    const error = (await load().catch((caught: unknown) => caught)) as Error
    expect(error.message).not.toContain(TOKEN)
  })
})
