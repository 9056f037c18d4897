import { describe, expect, it } from 'vitest'
import { expectSecurityHeaders } from './expect-answer.ts'
import { portRange } from './ports.ts'
import { rawRequest } from './raw-http.ts'
import { IMPLEMENTATIONS, serveBoth, type Target } from './servers.ts'

const nextPort = portRange()
const targets = serveBoth(nextPort, () => 'http://127.0.0.1:9')

describe.each(IMPLEMENTATIONS)('%s serving robots.txt', (implementation) => {
  it('asks every crawler to stay out, as plain text with the security headers', async () => {
    const target = targets.get(implementation) as Target
    const answer = await rawRequest(target.port, { method: 'GET', target: '/robots.txt' })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toMatch(/^text\/plain/)
    expect(answer.text).toMatch(/^User-agent: \*\nDisallow: \/\n$/)
    expectSecurityHeaders(answer)
  })
})
