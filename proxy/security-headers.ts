import type { ServerResponse } from 'node:http'

/** No inline script, no third-party origin, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Sent on every answer, errors included, by `npm start`, `npm run dev` (with its own CSP) and nginx. */
export function securityHeaders(csp = CONTENT_SECURITY_POLICY): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  }
}

export function setSecurityHeaders(res: ServerResponse, csp?: string): void {
  for (const [name, value] of Object.entries(securityHeaders(csp))) res.setHeader(name, value)
}
