import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { routeOf } from './api-route.ts'
import { cookieFor, createForwarder } from './forward.ts'

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl'
const servers: Server[] = []

async function listen(server: Server): Promise<string> {
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** The proxy alone in front of `origin`, its log lines collected. */
async function proxyTo(origin: string, deadlineMs = 1_000) {
  const lines: string[] = []
  const forward = createForwarder({
    origin: new URL(origin),
    deadlineMs,
    log: (line) => lines.push(line),
  })
  const url = await listen(
    createServer((req, res) => void forward(req, res, () => res.writeHead(299).end())),
  )
  return { url, lines }
}

const post = (url: string, init: RequestInit = {}) =>
  fetch(`${url}/api/instance/list`, {
    method: 'POST',
    headers: { 'x-hpcai-token': TOKEN },
    body: '{}',
    ...init,
  })

afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    server.close()
  }
})

describe('routeOf', () => {
  it.each([
    ['POST', '/api/instance/list', 'forward'],
    ['POST', '/api/instance/stop', 'forward'],
    ['GET', '/api/instance/list', 'bad_method'],
    ['POST', '/api/instance/list?x=1', 'bad_path'],
    ['POST', '/api/instance/create', 'bad_path'],
    ['POST', '/API/instance/list', 'bad_path'],
    ['POST', '/api/Instance/List', 'bad_path'],
    ['POST', '/api/instance%2Flist', 'bad_path'],
    ['POST', '//api/instance/list', 'bad_path'],
    ['POST', '/x/../api/instance/list', 'bad_path'],
    ['POST', '/%61pi/instance/list', 'bad_path'],
    ['POST', 'http://evil.example/api/instance/list', 'bad_path'],
    ['POST', '/api', 'bad_path'],
    ['GET', '/', 'not-api'],
    ['GET', '/apidocs', 'not-api'],
    ['GET', '/assets/api.js', 'not-api'],
  ])('%s %s -> %s', (method, target, expected) => {
    const route = routeOf(method, target)
    expect(route.kind === 'refuse' ? route.code : route.kind).toBe(expected)
  })
})

describe('cookieFor', () => {
  it('builds the one cookie from a JWT-shaped token only', () => {
    expect(cookieFor(TOKEN)).toBe(`AccessToken=${TOKEN}`)
    for (const bad of [
      `${TOKEN}; decoy=1`,
      `${TOKEN}\r\nX: y`,
      'not-a-jwt',
      `${TOKEN}x`.repeat(200),
    ])
      expect(cookieFor(bad)).toBeUndefined()
    expect(cookieFor([TOKEN, TOKEN])).toBeUndefined()
    expect(cookieFor(undefined)).toBeUndefined()
  })
})

describe('the Node proxy', () => {
  it('answers 504 when a dripping upstream misses the total deadline, and hangs up on it', async () => {
    let upstreamClosed = false
    const drip = await listen(
      createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        const timer = setInterval(() => res.write(' '), 100)
        res.on('close', () => {
          clearInterval(timer)
          upstreamClosed = true
        })
      }),
    )
    const proxy = await proxyTo(drip, 500)
    const started = Date.now()
    const response = await post(proxy.url)
    expect(response.status).toBe(504)
    expect(response.headers.get('x-proxy-error')).toBe('upstream_timeout')
    expect(Date.now() - started).toBeLessThan(1_500)
    await expect.poll(() => upstreamClosed).toBe(true)
    expect(proxy.lines).toEqual([expect.stringMatching(/upstream_timeout after 500 ms/)])
  })

  it('cancels the upstream request when the client goes away, in one log line', async () => {
    let seen: IncomingMessage | undefined
    let upstreamClosed = false
    const hang = await listen(
      createServer((req, res) => {
        seen = req
        res.on('close', () => (upstreamClosed = true))
      }),
    )
    const proxy = await proxyTo(hang, 5_000)
    const controller = new AbortController()
    const request = post(proxy.url, { signal: controller.signal }).catch(() => 'aborted')
    await expect.poll(() => seen).toBeDefined()
    controller.abort()
    expect(await request).toBe('aborted')
    await expect.poll(() => upstreamClosed).toBe(true)
    await expect.poll(() => proxy.lines).toHaveLength(1)
    expect(proxy.lines[0]).toMatch(/client went away; upstream request cancelled/)
    expect(proxy.lines[0]).not.toContain('\n')
  })

  it('turns an answer cut short into a JSON 502', async () => {
    const cut = await listen(
      createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
        res.write('{"instances":')
        setTimeout(() => req.socket.destroy(), 20)
      }),
    )
    const response = await post((await proxyTo(cut)).url)
    expect(response.status).toBe(502)
    expect(await response.json()).toMatchObject({ proxyError: 'upstream_not_json' })
  })

  it('names the reason it could not reach the upstream, and never logs the token', async () => {
    const proxy = await proxyTo('http://127.0.0.1:9')
    const response = await fetch(`${proxy.url}/api/instance/list?token=${TOKEN}`, {
      method: 'POST',
      headers: { 'x-hpcai-token': TOKEN },
    })
    expect(response.status).toBe(400)
    const unreachable = await post(proxy.url)
    expect(unreachable.status).toBe(502)
    expect(await unreachable.json()).toMatchObject({
      proxyError: 'upstream_unreachable',
      message: 'Could not reach HPC-AI (ECONNREFUSED) from the dashboard server.',
    })
    expect(proxy.lines).toHaveLength(2)
    expect(proxy.lines.join('\n')).not.toContain(TOKEN)
  })
})
