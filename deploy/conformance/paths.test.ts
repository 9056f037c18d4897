import { describe, expect, it } from 'vitest'
import { mintToken } from '../../sim/jwt.ts'
import { Simulator } from '../../sim/server.ts'
import { expectProxyError, expectSecurityHeaders } from './expect-answer.ts'
import { portRange } from './ports.ts'
import { rawRequest } from './raw-http.ts'
import { IMPLEMENTATIONS, serveBoth } from './servers.ts'

const token = mintToken()
const pager = JSON.stringify({ pager: { currentPage: 1, pageSize: 5 } })
const nextPort = portRange()
const simulator = new Simulator()

const targets = serveBoth(nextPort, () => simulator.listen(nextPort()), {
  closeUpstream: () => simulator.close(),
})

/** Path variants that must never reach the upstream: encodings in every case, dots, doubles, case. */
const REFUSED_PATHS = [
  '/api/../__sim/received',
  '/api/%2e%2e/__sim/received',
  '/api/%2E%2E/__sim/received',
  '/api/%2e%2E/instance/list',
  '/api/instance%2flist',
  '/api/instance%2Flist',
  '/api/instance%5clist',
  '/api/instance%5Clist',
  '/api/instance\\list',
  '/api\\instance/list',
  '/api/./instance/list',
  '/api/instance/./list',
  '/api//instance/list',
  '//api/instance/list',
  '/x/../api/instance/list',
  '/api/instance/list;x=1',
  '/api/instance/list;',
  '/api/instance/list?x=1',
  '/api/instance/list?',
  '/api/instance/list/',
  '/api/instance/list/.',
  '/api/instance/list%00',
  '/api/instance/lis%74',
  '/%61pi/instance/list',
  '/%41PI/instance/list',
  '/API/instance/list',
  '/Api/instance/list',
  '/api/Instance/List',
  '/api/INSTANCE/LIST',
  '/api/instance/create',
  '/api/user/login',
  '/api',
  '/api/',
  'http://127.0.0.1:1/api/instance/list',
  'http://evil.example/api/instance/list',
]

const METHODS = ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']

describe.each(IMPLEMENTATIONS)('%s in front of the simulator', (implementation) => {
  const port = () => targets.get(implementation)?.port ?? 0
  const post = (target: string, headers: Record<string, string> = {}, body = pager) =>
    rawRequest(port(), { target, headers: { 'x-hpcai-token': token, ...headers }, body })

  it('forwards the list with exactly one cookie, AccessToken, and none of the browser headers', async () => {
    simulator.received = []
    const answer = await post('/api/instance/list', {
      cookie: 'AccessToken=forged; decoy=secret',
      authorization: 'Bearer decoy',
      origin: 'https://evil.example',
      referer: 'https://evil.example/page',
      'x-forwarded-for': '6.6.6.6',
      'user-agent': 'decoy-agent',
    })
    expect(answer.status).toBe(200)
    expect((JSON.parse(answer.text) as { instances: unknown[] }).instances).toHaveLength(5)
    expectSecurityHeaders(answer)
    const [received] = simulator.received
    expect(received?.path).toBe('/api/instance/list')
    expect(received?.headers.cookie).toBe(`AccessToken=${token}`)
    expect(received?.headers).not.toHaveProperty('authorization')
    expect(received?.headers).not.toHaveProperty('x-hpcai-token')
    expect(received?.headers).not.toHaveProperty('origin')
    expect(received?.headers).not.toHaveProperty('referer')
    expect(received?.headers).not.toHaveProperty('x-forwarded-for')
    expect(JSON.stringify(received?.headers)).not.toMatch(/decoy|forged|evil/)
  })

  it('forwards the stop endpoint', async () => {
    simulator.received = []
    const answer = await post('/api/instance/stop', {}, '{"instanceId":"notebook-1"}')
    expect(answer.headers['content-type']).toMatch(/^application\/json/)
    expect(simulator.received.map((request) => request.path)).toEqual(['/api/instance/stop'])
  })

  it.each(REFUSED_PATHS)('refuses %s without reaching the upstream', async (target) => {
    simulator.received = []
    const answer = await post(target)
    expect(answer.status).toBe(400)
    expectProxyError(answer, ['bad_path', 'bad_request'])
    expect(simulator.received).toEqual([])
  })

  it.each(METHODS)('refuses %s with 405', async (method) => {
    simulator.received = []
    const answer = await rawRequest(port(), {
      method,
      target: '/api/instance/list',
      headers: { 'x-hpcai-token': token },
    })
    expect(answer.status).toBe(405)
    expect(answer.headers['x-proxy-error']).toBe('bad_method')
    expect(answer.headers.allow).toBe('POST')
    expectSecurityHeaders(answer)
    if (method !== 'HEAD') expectProxyError(answer, 'bad_method')
    expect(simulator.received).toEqual([])
  })

  it('forwards a body of exactly 16 kB and refuses one byte more, or 100 kB', async () => {
    simulator.received = []
    const edge = await post('/api/instance/list', {}, ' '.repeat(16 * 1024 - pager.length) + pager)
    expect(edge.status).toBe(200)
    expect(simulator.received).toHaveLength(1)
    for (const size of [16 * 1024 + 1, 100_000]) {
      simulator.received = []
      const big = await post('/api/instance/list', {}, ' '.repeat(size - pager.length) + pager)
      expectProxyError(big, 'too_large', 413)
      expect(simulator.received).toEqual([])
    }
  })

  it.each([
    ['a second cookie', `${token}; decoy=1`],
    ['an encoded CR/LF', `${token}%0D%0ACookie:%20decoy=1`],
    ['a non-JWT', 'decoy-not-a-jwt'],
    ['a comma', `${token},decoy`],
    ['a 6 kB JWT shape', `${'a'.repeat(3000)}.${'b'.repeat(3000)}.decoy`],
  ])('sends no cookie at all for a token with %s', async (_name, value) => {
    simulator.received = []
    const answer = await rawRequest(port(), {
      target: '/api/instance/list',
      headers: { 'x-hpcai-token': value },
      body: pager,
    })
    expect(answer.status).toBe(200)
    expect(simulator.received[0]?.headers.cookie).toBeUndefined()
  })

  it('refuses a 100 kB token in JSON, forwarding nothing', async () => {
    simulator.received = []
    const answer = await post('/api/instance/list', { 'x-hpcai-token': 'a'.repeat(100_000) })
    expectProxyError(answer, 'too_large', 431)
    expect(simulator.received).toEqual([])
  })

  it.each([
    ['a folded line', [' Cookie: decoy=1']],
    ['a bare CR', [`X-Other: x\rCookie: decoy=1`]],
    ['a bare LF', [`X-Other: x\nCookie: decoy=1`]],
  ])('never lets a token header with %s add a cookie', async (_name, rawLines) => {
    simulator.received = []
    const answer = await rawRequest(port(), {
      target: '/api/instance/list',
      headers: { 'x-hpcai-token': token },
      rawLines,
      body: pager,
    })
    expect(JSON.stringify(simulator.received)).not.toContain('decoy')
    for (const received of simulator.received)
      expect([undefined, `AccessToken=${token}`]).toContain(received.headers.cookie)
    expectSecurityHeaders(answer)
  })
})
