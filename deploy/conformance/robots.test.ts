import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { expectSecurityHeaders } from './expect-answer.ts'
import { portRange } from './ports.ts'
import { rawRequest } from './raw-http.ts'
import { IMPLEMENTATIONS, startTarget, type Target } from './servers.ts'

const nextPort = portRange()
const targets = new Map<string, Target>()

beforeAll(async () => {
  for (const implementation of IMPLEMENTATIONS) {
    const options = {
      upstream: 'http://127.0.0.1:9',
      dist: inject('dist'),
      port: nextPort(),
      deadlineMs: 3_000,
    }
    targets.set(implementation, await startTarget(implementation, options))
  }
})

afterAll(async () => {
  await Promise.all([...targets.values()].map((target) => target.close()))
})

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
