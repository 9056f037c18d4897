import { RETRY_AFTER_PATTERN } from './contract.ts'
import { proxyErrorAnswer } from './proxy-error.ts'
import type { UpstreamAnswer } from './upstream-call.ts'

export const REDIRECT_MESSAGE =
  'HPC-AI answered the dashboard server with a redirect, which it does not follow.'

export interface Answer {
  status: number
  headers: Record<string, string>
  body: string | Buffer
}

function isJson(body: Buffer): boolean {
  try {
    JSON.parse(body.toString('utf8'))
    return true
  } catch {
    return false
  }
}

/**
 * What the browser gets for an upstream answer: its status, its JSON body and its Retry-After, and
 * nothing else of it. An answer that is not JSON or too large becomes the proxy's own JSON error.
 */
export function answerFor(upstream: UpstreamAnswer): Answer {
  const retryAfter = upstream.headers['retry-after']
  const wait: Record<string, string> =
    typeof retryAfter === 'string' && RETRY_AFTER_PATTERN.test(retryAfter)
      ? { 'Retry-After': retryAfter }
      : {}
  if (!upstream.body.ok) return proxyErrorAnswer('upstream_too_large')
  // A redirect could send the app anywhere; and nginx cannot give a 3xx a body.
  if (upstream.status >= 300 && upstream.status <= 399)
    return proxyErrorAnswer('upstream_not_json', { message: REDIRECT_MESSAGE })
  if (!isJson(upstream.body.body)) {
    // An error status is kept: a 503 page with Retry-After still says "try again later".
    if (upstream.status >= 400 && upstream.status <= 599) {
      const message = `HPC-AI answered HTTP ${upstream.status}.`
      return proxyErrorAnswer('upstream_not_json', {
        status: upstream.status,
        headers: wait,
        message,
      })
    }
    return proxyErrorAnswer('upstream_not_json', { headers: wait })
  }
  return {
    status: upstream.status,
    headers: {
      ...wait,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    },
    body: upstream.body.body,
  }
}
