import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { mintToken } from '../../sim/jwt.ts'
import { expectProxyError, expectSecurityHeaders, unexpectedHeaders } from './expect-answer.ts'
import { HostileUpstream } from './hostile-upstream.ts'
import { portRange } from './ports.ts'
import { rawRequest } from './raw-http.ts'
import { IMPLEMENTATIONS, serveBoth, type Target } from './servers.ts'

const DEADLINE_MS = 1_500
const token = mintToken()
const nextPort = portRange()
const upstream = new HostileUpstream()

const targets = serveBoth(
  nextPort,
  async () => {
    const port = nextPort()
    await upstream.listen(port)
    return `http://127.0.0.1:${port}`
  },
  { deadlineMs: DEADLINE_MS, closeUpstream: () => upstream.close() },
)

describe.each(IMPLEMENTATIONS)('%s in front of a hostile upstream', (implementation) => {
  const target = () => targets.get(implementation) as Target
  const ask = (hostile: string) =>
    rawRequest(target().port, {
      target: '/api/instance/list',
      headers: { 'x-hpcai-token': token },
      body: JSON.stringify({ hostile }),
    })

  it("passes back the status, the JSON body and Retry-After, and none of upstream's headers", async () => {
    const answer = await ask('headers')
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text)).toHaveProperty('instances')
    expect(answer.headers['retry-after']).toBe('7')
    expect(answer.headers['content-type']).toMatch(/^application\/json/)
    expect(unexpectedHeaders(answer)).toEqual([])
    expect(answer.headers.server ?? '').not.toMatch(/evil|\d/)
    expectSecurityHeaders(answer)
  })

  it('turns an HTML error page into JSON, keeping its status and Retry-After', async () => {
    const answer = await ask('html')
    expectProxyError(answer, 'upstream_not_json', 503)
    expect(answer.headers['retry-after']).toBe('5')
    expect(JSON.parse(answer.text)).toMatchObject({ message: 'HPC-AI answered HTTP 503.' })
    expect(answer.text).not.toContain('<')
  })

  it('never passes on an HTML page sent with 200', async () => {
    const answer = await ask('html200')
    expectProxyError(answer, 'upstream_not_json', 502)
    expect(answer.text).not.toContain('<')
  })

  it('passes on a JSON error with its status, and JSON whatever type it was labelled', async () => {
    const error = await ask('json-error')
    expect(error.status).toBe(404)
    expect(JSON.parse(error.text)).toEqual({ message: 'ent: instance not found' })
    expect(error.headers['x-proxy-error']).toBeUndefined()
    const labelled = await ask('json-as-text')
    expect(labelled.status).toBe(200)
    expect(labelled.headers['content-type']).toMatch(/^application\/json/)
  })

  it('drops a Retry-After that is neither seconds nor a date', async () => {
    const wait = await ask('bad-retry-after')
    expect(wait.status).toBe(429)
    expect(wait.headers['retry-after']).toBeUndefined()
  })

  it('never relays a redirect', async () => {
    const redirect = await ask('redirect')
    expectProxyError(redirect, 'upstream_not_json', 502)
    expect(redirect.headers.location).toBeUndefined()
  })

  it('refuses a 70 MB answer', async () => {
    const answer = await ask('huge')
    expectProxyError(answer, 'upstream_too_large', 502)
  })

  it('answers 504 within the total deadline when the upstream drips a byte at a time, then hangs up', async () => {
    const started = Date.now()
    const answer = await ask('drip')
    expectProxyError(answer, 'upstream_timeout', 504)
    expect(Date.now() - started).toBeLessThan(DEADLINE_MS + 1_000)
    await expect.poll(() => upstream.closed, { timeout: 4_000 }).toContain('drip')
    upstream.closed = []
  })

  it('answers 504 when the upstream never answers', async () => {
    expectProxyError(await ask('hang'), 'upstream_timeout', 504)
  })

  it('answers JSON 502 when the upstream drops the connection, before or during its answer', async () => {
    expectProxyError(await ask('drop'), 'upstream_unreachable', 502)
    expectProxyError(await ask('cut'), 'upstream_not_json', 502)
  })

  // Node cancels at once; nginx cannot see the browser leave during a subrequest: by the deadline.
  it('hangs up on the upstream when the browser goes away', async () => {
    upstream.closed = []
    const socket = connect(target().port, '127.0.0.1')
    const body = JSON.stringify({ hostile: 'hang' })
    socket.write(
      `POST /api/instance/list HTTP/1.1\r\nHost: 127.0.0.1\r\nx-hpcai-token: ${token}\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body}`,
    )
    await expect.poll(() => upstream.received.at(-1)?.body).toBe(body)
    socket.destroy()
    const within = implementation === 'node' ? DEADLINE_MS - 500 : DEADLINE_MS + 1_000
    await expect.poll(() => upstream.closed, { timeout: within }).toContain('hang')
  })

  it('never writes the token into its logs', () => {
    expect(target().logs()).not.toContain(token)
    expect(target().logs()).not.toContain(token.split('.')[1])
  })
})
