import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mintToken } from '../sim/jwt.ts'
import { Simulator } from '../sim/server.ts'
import { createForwarder, isForwardablePath } from './forward.ts'
import { parseUpstreamOrigin } from './origin.ts'

async function startProxy(origin: string): Promise<{ url: string; server: Server }> {
  const forward = createForwarder({ origin: new URL(origin), timeoutMs: 1_000 })
  const server = createServer((req, res) => {
    void forward(req, res, () => res.writeHead(299).end('not forwarded'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

/** A POST with the path exactly as written: fetch() would normalise the dot segments away. */
function rawPost(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: 'POST', path }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end('{}')
  })
}

const token = mintToken()
const body = JSON.stringify({ pager: { currentPage: 1, pageSize: 5 } })

describe('the /api proxy', () => {
  const simulator = new Simulator()
  let proxy: { url: string; server: Server }
  beforeAll(async () => {
    proxy = await startProxy(await simulator.listen())
  })
  afterAll(async () => {
    proxy.server.close()
    await simulator.close()
  })

  it('sends upstream exactly one cookie, AccessToken, and none of the browser headers', async () => {
    simulator.received = []
    const response = await fetch(`${proxy.url}/api/instance/list`, {
      method: 'POST',
      headers: {
        'x-hpcai-token': token,
        cookie: 'AccessToken=other; decoy=secret',
        authorization: 'Bearer x',
        'user-agent': 'test',
      },
      body,
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { instances: unknown[] }).instances).toHaveLength(5)
    const [received] = simulator.received
    expect(received?.headers.cookie).toBe(`AccessToken=${token}`)
    expect(received?.headers).not.toHaveProperty('x-hpcai-token')
    expect(received?.headers).not.toHaveProperty('authorization')
    expect(JSON.stringify(received?.headers)).not.toContain('decoy')
  })

  it('sends no cookie at all for a token that could smuggle another one', async () => {
    simulator.received = []
    await fetch(`${proxy.url}/api/instance/list`, {
      method: 'POST',
      headers: { 'x-hpcai-token': `${token}; decoy=1` },
      body,
    })
    expect(simulator.received[0]?.headers.cookie).toBeUndefined()
  })

  it('leaves everything outside /api/ to the app server', async () => {
    const response = await fetch(`${proxy.url}/__sim/received`)
    expect(response.status).toBe(299)
  })

  it.each([
    ['/api/../__sim/received', 400],
    ['/api/%2e%2e/__sim/received', 400],
    ['/api//instance/list', 400],
    ['/api/instance%2flist', 400],
  ])('refuses the path %s', async (path, status) => {
    const response = await rawPost(proxy.url, path)
    expect(response.status).toBe(status)
    expect(JSON.parse(response.body)).toMatchObject({ proxyError: 'bad_path' })
  })

  it('refuses methods the app does not use, and oversized bodies', async () => {
    expect((await fetch(`${proxy.url}/api/instance/list`)).status).toBe(405)
    const large = await fetch(`${proxy.url}/api/instance/list`, {
      method: 'POST',
      body: 'x'.repeat(100_000),
    })
    expect(large.status).toBe(413)
  })

  it('answers 502 in JSON when the upstream cannot be reached', async () => {
    const dead = await startProxy('http://127.0.0.1:9')
    try {
      const response = await fetch(`${dead.url}/api/instance/list`, { method: 'POST', body })
      expect(response.status).toBe(502)
      expect(response.headers.get('x-proxy-error')).toBe('upstream_unreachable')
      expect(await response.json()).toMatchObject({
        message: expect.stringContaining('Could not reach HPC-AI') as string,
      })
    } finally {
      dead.server.close()
    }
  })

  it("turns an upstream's HTML error page into a JSON error, keeping Retry-After", async () => {
    const html = createServer((_req, res) =>
      res.writeHead(503, { 'content-type': 'text/html', 'retry-after': '5' }).end('<h1>down</h1>'),
    )
    await new Promise<void>((resolve) => html.listen(0, '127.0.0.1', resolve))
    const through = await startProxy(`http://127.0.0.1:${(html.address() as AddressInfo).port}`)
    try {
      const response = await fetch(`${through.url}/api/instance/list`, { method: 'POST', body })
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('5')
      expect(await response.text()).not.toContain('<h1>')
    } finally {
      through.server.close()
      html.close()
    }
  })
})

describe('isForwardablePath', () => {
  it('accepts API paths and refuses everything else', () => {
    expect(isForwardablePath('/api/instance/list')).toBe(true)
    expect(isForwardablePath('/api/instance/list?x=1')).toBe(true)
    for (const path of [
      '/',
      '/apix',
      '/api',
      '/api/',
      '/api/a/../b',
      '/api/a\\b',
      '/api/http://evil.com',
    ]) {
      expect(isForwardablePath(path)).toBe(false)
    }
  })
})

describe('parseUpstreamOrigin', () => {
  it('defaults to hpc-ai.com and accepts a bare http(s) origin', () => {
    expect(parseUpstreamOrigin(undefined).href).toBe('https://hpc-ai.com/')
    expect(parseUpstreamOrigin(' http://127.0.0.1:8787 ').href).toBe('http://127.0.0.1:8787/')
  })

  it.each([
    'hpc-ai.com',
    'ftp://hpc-ai.com',
    'https://hpc-ai.com/api',
    'https://user:pw@hpc-ai.com',
    'https://hpc-ai.com?x=1',
  ])('refuses %s with a readable message', (value) => {
    expect(() => parseUpstreamOrigin(value)).toThrow(/HPCAI_API_ORIGIN/)
  })
})
