import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { mintToken } from '../../sim/jwt.ts'
import { expectProxyError } from './expect-answer.ts'
import { HostileUpstream } from './hostile-upstream.ts'
import { portRange } from './ports.ts'
import { rawRequest } from './raw-http.ts'
import { IMPLEMENTATIONS, startTarget, type Target } from './servers.ts'

const token = mintToken()
const nextPort = portRange()
const certificates = inject('certificates')
const upstream = new HostileUpstream(certificates)
/** Per implementation: the default trust store, then the throwaway CA passed in. */
const targets = new Map<string, { untrusted: Target; trusted: Target }>()

beforeAll(async () => {
  const port = nextPort()
  await upstream.listen(port)
  const options = () => ({
    upstream: `https://localhost:${port}`,
    dist: inject('dist'),
    port: nextPort(),
    deadlineMs: 3_000,
  })
  for (const implementation of IMPLEMENTATIONS) {
    targets.set(implementation, {
      untrusted: await startTarget(implementation, options()),
      trusted: await startTarget(implementation, { ...options(), caFile: certificates.caFile }),
    })
  }
})

afterAll(async () => {
  for (const { untrusted, trusted } of targets.values())
    await Promise.all([untrusted.close(), trusted.close()])
  await upstream.close()
})

describe.each(IMPLEMENTATIONS)('%s in front of an https upstream', (implementation) => {
  const ask = (target: Target) =>
    rawRequest(target.port, {
      target: '/api/instance/list',
      headers: { 'x-hpcai-token': token },
      body: '{}',
    })

  it('never sends the token to a server whose certificate it does not trust', async () => {
    upstream.received = []
    const answer = await ask(targets.get(implementation)?.untrusted as Target)
    expectProxyError(answer, 'upstream_unreachable', 502)
    expect(upstream.received).toEqual([])
  })

  it('talks to the same server once its CA is passed in, sending the token', async () => {
    upstream.received = []
    const answer = await ask(targets.get(implementation)?.trusted as Target)
    expect(answer.status).toBe(200)
    expect(upstream.received.map((request) => request.headers.cookie)).toEqual([
      `AccessToken=${token}`,
    ])
  })
})
