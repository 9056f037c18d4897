import { describe, expect, it } from 'vitest'
import { mintToken } from '../../sim/jwt.ts'
import { Simulator } from '../../sim/server.ts'
import { expectProxyError, expectSecurityHeaders } from './expect-answer.ts'
import { portRange } from './ports.ts'
import { rawRequest, type RawRequest } from './raw-http.ts'
import { IMPLEMENTATIONS, serveBoth } from './servers.ts'

const nextPort = portRange()
const simulator = new Simulator()
const token = mintToken()

const targets = serveBoth(nextPort, () => simulator.listen(nextPort()), {
  closeUpstream: () => simulator.close(),
})

/**
 * Requests each server refuses on its own, before any route: the status each may answer (nginx
 * and Node's parser do not always agree), and the code of the JSON body.
 */
const REFUSALS: [string, Omit<RawRequest, 'target'> & { target?: string }, number[]][] = [
  ['no Host header', { method: 'GET', host: null }, [400]],
  ['two Host headers', { method: 'GET', rawLines: ['Host: evil.example'] }, [400]],
  ['an Expect it cannot meet', { method: 'GET', headers: { expect: 'evil' } }, [417]],
  ['a 20 kB request target', { method: 'GET', target: `/${'a'.repeat(20_000)}` }, [414, 431]],
  [
    'an unknown transfer coding',
    { headers: { 'transfer-encoding': 'gzip, chunked' }, target: '/api/instance/list' },
    [400, 501],
  ],
  ['HTTP/2.0 on the request line', { method: 'GET', version: 'HTTP/2.0' }, [505]],
  ['HTTP/0.5 on the request line', { method: 'GET', version: 'HTTP/0.5' }, [400, 505]],
  ['a malformed request line', { method: 'GET', target: '/ x' }, [400]],
  ['a 100 kB header', { method: 'GET', headers: { 'x-big': 'a'.repeat(100_000) } }, [431]],
  ['a 17 kB body to the API', { body: ' '.repeat(17 * 1024), target: '/api/instance/list' }, [413]],
  ['POST to a static file', { method: 'POST', target: '/favicon.svg' }, [405]],
]

describe.each(IMPLEMENTATIONS)(
  '%s refuses with JSON and every security header',
  (implementation) => {
    const port = () => targets.get(implementation)?.port ?? 0

    it.each(REFUSALS)('%s', async (_name, request, statuses) => {
      simulator.received = []
      const answer = await rawRequest(port(), {
        target: '/',
        ...request,
        headers: { 'x-hpcai-token': token, ...request.headers },
      })
      expect(statuses).toContain(answer.status)
      expectProxyError(answer, ['bad_request', 'bad_method', 'too_large', 'bad_path'])
      expect(simulator.received).toEqual([])
    })

    it.each(['bytes=999999-', 'bytes=0-1', 'bytes=x'])(
      'serves the whole file for a Range (%s): no byte ranges, so no 416',
      async (range) => {
        const answer = await rawRequest(port(), {
          method: 'GET',
          target: '/favicon.svg',
          headers: { range },
        })
        expect(answer.status).toBe(200)
        expect(answer.text).toMatch(/^<svg/)
        expect(answer.headers['content-range']).toBeUndefined()
        expectSecurityHeaders(answer)
      },
    )
  },
)
