import { expect } from 'vitest'
import type { ProxyErrorCode } from '../../proxy/contract.ts'
import type { RawResponse } from './raw-http.ts'

/** Every answer, errors included, carries the security headers. */
export function expectSecurityHeaders(answer: RawResponse): void {
  const csp = answer.headers['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).not.toContain('unsafe-inline')
  expect(answer.headers['x-content-type-options']).toBe('nosniff')
  expect(answer.headers['referrer-policy']).toBe('no-referrer')
  expect(answer.headers['x-frame-options']).toBe('DENY')
}

/** The proxy's own JSON answer with one of the contract's codes. */
export function expectProxyError(
  answer: RawResponse,
  codes: ProxyErrorCode | ProxyErrorCode[],
  status?: number,
): void {
  const allowed = Array.isArray(codes) ? codes : [codes]
  if (status !== undefined) expect(answer.status).toBe(status)
  expect(answer.headers['content-type']).toMatch(/^application\/json/)
  const body = JSON.parse(answer.text) as { proxyError?: string; message?: string }
  expect(allowed).toContain(body.proxyError)
  expect(answer.headers['x-proxy-error']).toBe(body.proxyError)
  expect(body.message).toEqual(expect.any(String))
  expectSecurityHeaders(answer)
}

/** The upstream headers that may reach the browser: none but these. */
const OWN_HEADERS = new Set([
  'content-type',
  'content-length',
  'transfer-encoding',
  'connection',
  'date',
  'server',
  'cache-control',
  'retry-after',
  'x-proxy-error',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'keep-alive',
])

export function unexpectedHeaders(answer: RawResponse): string[] {
  return Object.keys(answer.headers).filter((name) => !OWN_HEADERS.has(name))
}
