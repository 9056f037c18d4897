import { request } from 'node:http'
import { createServer } from 'vite'
import { mintToken } from '../sim/jwt.ts'
import { APP_PORT, SIM_PORT } from './ports.ts'
import { expect, sim, test } from './fixtures.ts'

interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** An HTTP request to the app server with the request line exactly as written (no URL normalising). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body = '',
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: APP_PORT, method, path, headers, agent: false },
      (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

const pager = JSON.stringify({ pager: { currentPage: 1, pageSize: 5 } })

test('the built app is served with CSP and the other security headers', async () => {
  const answer = await raw('GET', '/')
  const csp = String(answer.headers['content-security-policy'])
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ]) {
    expect(csp).toContain(directive)
  }
  expect(csp).not.toContain('unsafe-inline')
  expect(answer.headers['x-content-type-options']).toBe('nosniff')
  expect(answer.headers['referrer-policy']).toBe('no-referrer')
  expect(answer.headers['x-frame-options']).toBe('DENY')
})

test('the proxy forwards a good request with only the AccessToken cookie', async () => {
  const token = mintToken()
  const answer = await raw(
    'POST',
    '/api/instance/list',
    { 'x-hpcai-token': token, cookie: 'decoy=1; AccessToken=forged' },
    pager,
  )
  expect(answer.status).toBe(200)
  const [received] = await sim.received()
  expect(received?.headers.cookie).toBe(`AccessToken=${token}`)
})

test('the proxy refuses paths outside /api/, dot segments, absolute targets, other methods and big bodies', async () => {
  const cases: [string, string, number | null][] = [
    ['POST', '/api/../__sim/received', 400],
    ['POST', '/api/%2e%2e/__sim/received', 400],
    ['POST', '/api//instance/list', 400],
    ['POST', 'http://127.0.0.1:1/api/instance/list', null],
    ['GET', '/api/instance/list', 405],
    ['DELETE', '/api/instance/list', 405],
  ]
  for (const [method, path, status] of cases) {
    const answer = await raw(
      method,
      path,
      { 'x-hpcai-token': mintToken() },
      method === 'POST' ? pager : '',
    )
    if (status !== null) expect(answer.status, `${method} ${path}`).toBe(status)
    expect(answer.body).not.toContain('instanceMetadata')
  }
  const big = await raw(
    'POST',
    '/api/instance/list',
    { 'content-type': 'application/json' },
    'x'.repeat(100_000),
  )
  expect(big.status).toBe(413)
  expect(await sim.received()).toEqual([])
})

test('the app server hands out an uncached demo token because its upstream is the simulator', async () => {
  const answer = await raw('GET', '/__demo/token')
  const body = JSON.parse(answer.body) as { demo: boolean; token: string }
  expect(body.demo).toBe(true)
  expect(body.token).toMatch(/^ey/)
  expect(answer.headers['cache-control']).toBe('no-store')
  // The launcher minted it; the simulator accepts it.
  const list = await raw('POST', '/api/instance/list', { 'x-hpcai-token': body.token }, pager)
  expect(list.status).toBe(200)
})

test('a chunk missing after a redeploy answers 404, never index.html', async () => {
  const answer = await raw('GET', '/assets/instance-drawer-0ld0ld0.js')
  expect(answer.status).toBe(404)
  expect(answer.body).not.toContain('<div id="root">')
  expect(answer.headers['x-frame-options']).toBe('DENY')
})

/** Its own port, apart from the e2e app and the demo's defaults (E2E_DEV_PORT moves it). */
const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? 9170)

test('npm run dev sends the security headers, allowing only its own inline preamble by hash', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const origin = process.env.HPCAI_API_ORIGIN
  process.env.HPCAI_API_ORIGIN = `http://127.0.0.1:${SIM_PORT}`
  const dev = await createServer({
    logLevel: 'warn',
    server: { port: DEV_PORT, strictPort: true, host: '127.0.0.1' },
  })
  if (origin === undefined) delete process.env.HPCAI_API_ORIGIN
  else process.env.HPCAI_API_ORIGIN = origin
  await dev.listen()
  try {
    const response = await page.goto(`http://127.0.0.1:${DEV_PORT}/`)
    const headers = response?.headers() ?? {}
    const csp = headers['content-security-policy'] ?? ''
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/)
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['x-content-type-options']).toBe('nosniff')
    // React refresh ran (its preamble is allowed) and the app rendered: no CSP violation logged.
    await expect(page.getByLabel('Access token')).toBeVisible({ timeout: 30_000 })
  } finally {
    await dev.close()
  }
})
