import { afterEach, describe, expect, it, vi } from 'vitest'
import { stopInstance } from './stop-instance'

const TOKEN = 'aaa.bbb.ccc'
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

  it('refuses an answer about another instance', async () => {
    answer(JSON.stringify({ instanceId: 'notebook-2' }))
    await expect(stop()).rejects.toMatchObject({ kind: 'bad-shape' })
  })

  it('never puts the token in an error message', async () => {
    answer(JSON.stringify({ message: `bad token ${TOKEN}` }), { status: 400 })
    const error = await stop().catch((caught: unknown) => caught)
    expect((error as Error).message).not.toContain(TOKEN)
  })
})
