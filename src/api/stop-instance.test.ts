import { afterEach, describe, expect, it, vi } from 'vitest'
import { stopInstance } from './stop-instance'

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg'
const ID = 'notebook-1'

function answer(body: string, init: ResponseInit = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, init))),
  )
}

const stop = () => stopInstance({ token: TOKEN, instanceId: ID })

afterEach(() => vi.unstubAllGlobals())

describe('stopInstance', () => {
  it('posts the id once, with the token in the proxy header and no cookie', async () => {
    answer(JSON.stringify({ instanceId: ID }))
    await expect(stop()).resolves.toBeUndefined()
    expect(fetch).toHaveBeenCalledTimes(1)
    const [url, init] = vi.mocked(fetch).mock.calls[0] ?? []
    expect(url).toBe('/api/instance/stop')
    expect(init?.method).toBe('POST')
    expect(init?.body).toBe(JSON.stringify({ instanceId: ID }))
    expect(init?.headers).toMatchObject({ 'x-hpcai-token': TOKEN })
    expect(init?.credentials).toBe('omit')
  })

  it('maps code -1 to an auth error with the server message', async () => {
    answer('{"code":-1,"message":"Not logged in or login expired, please log in again"}')
    await expect(stop()).rejects.toMatchObject({
      kind: 'auth',
      message: 'Not logged in or login expired, please log in again',
    })
  })

  it("keeps HPC-AI's documented not-found message", async () => {
    answer('{"message":"ent: instance not found"}', { status: 404 })
    await expect(stop()).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      message: 'HPC-AI answered HTTP 404: ent: instance not found',
    })
  })

  it('says a stop may or may not have arrived when no answer came back', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    )
    const error = await stop().catch((caught: unknown) => caught)
    expect(error).toMatchObject({ kind: 'network', retryable: false })
    expect((error as Error).message).toMatch(/not known/)
  })

  it('refuses an answer about another instance, without quoting what it answered', async () => {
    answer(JSON.stringify({ instanceId: 'notebook-2' }))
    await expect(stop()).rejects.toMatchObject({ kind: 'bad-shape' })
    answer(JSON.stringify({ instanceId: `AccessToken=${TOKEN}` }))
    const error = (await stop().catch((caught: unknown) => caught)) as Error
    expect(error.message).toBe(
      'HPC-AI answered for another instance. Whether the stop reached HPC-AI is not known: check its status before trying again.',
    )
  })

  it('never puts the token, a part of it or any JWT in an error message', async () => {
    const [, payload = '', signature = ''] = TOKEN.split('.')
    const other = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'
    for (const echoed of [TOKEN, payload, signature, other, TOKEN.replace('e', '\\u0065')]) {
      answer(`{"message":"bad token ${echoed}"}`, { status: 400 })
      const error = (await stop().catch((caught: unknown) => caught)) as Error
      expect(error.message).toBe('HPC-AI answered HTTP 400: bad token [token]')
    }
  })
})
