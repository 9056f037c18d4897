import type { IncomingMessage } from 'node:http'
import { readClaims, readCookie } from './jwt.ts'
import type { SimOptions } from './options.ts'

/**
 * Whether the request's `AccessToken` cookie is accepted: a well-formed JWT, not expired, its
 * subject not revoked, and the `expireAfterRequests` fault not yet reached (`served` counts the
 * successful list and stop answers so far).
 */
export function isLoggedIn(req: IncomingMessage, options: SimOptions, served: number): boolean {
  const claims = readClaims(readCookie(req.headers.cookie, 'AccessToken') ?? '')
  const { expireAfterRequests } = options.faults
  if (expireAfterRequests > 0 && served >= expireAfterRequests) return false
  return (
    claims !== null &&
    claims.expiresAt > Date.now() &&
    !options.revokedSubjects.includes(claims.subject)
  )
}
