export interface TokenClaims {
  subject: string
  issuer: string
  /** `aud`, a string or a list in a JWT, always a list here. */
  audience: string[]
  /** ms since the epoch */
  expiresAt: number
  issuedAt: number | null
}

/** Why a token was refused; the token screen words it (sign-in-check.ts). */
export type TokenRefusal =
  | { reason: 'empty' }
  | { reason: 'parts'; parts: number }
  | { reason: 'characters' | 'not-json' | 'no-claims' | 'no-expiry' | 'bad-expiry' }

export type TokenCheck =
  { ok: true; token: string; claims: TokenClaims } | ({ ok: false } & TokenRefusal)

/**
 * Accepts what people paste: surrounding whitespace, `AccessToken=<jwt>`, or a whole
 * `Cookie: a=b; AccessToken=<jwt>; c=d` line copied from DevTools.
 */
export function extractToken(input: string): string {
  let value = input.trim().replace(/^cookie:\s*/i, '')
  const cookie = /(?:^|;\s*)AccessToken=([^;\s]*)/.exec(value)
  if (cookie?.[1]) value = cookie[1]
  return value.trim().replace(/^["']|["']$/g, '')
}

function decodeBase64Url(part: string): string {
  const base64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=')
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

// JavaScript dates end at 8.64e15 ms (the year 275760).
const MAX_DATE_MS = 8.64e15

function audienceOf(aud: unknown): string[] {
  if (typeof aud === 'string') return [aud]
  return Array.isArray(aud) ? aud.filter((item): item is string => typeof item === 'string') : []
}

/** Reads a JWT's claims without verifying it (the browser cannot, and need not). */
export function checkToken(input: string): TokenCheck {
  const token = extractToken(input)
  if (!token) return { ok: false, reason: 'empty' }
  const parts = token.split('.')
  if (parts.length !== 3) return { ok: false, reason: 'parts', parts: parts.length }
  if (
    !parts.every((part, index) =>
      (index === 2 ? /^[A-Za-z0-9_-]*$/ : /^[A-Za-z0-9_-]+$/).test(part),
    )
  )
    return { ok: false, reason: 'characters' }
  let payload: unknown
  try {
    payload = JSON.parse(decodeBase64Url(parts[1] ?? ''))
  } catch {
    return { ok: false, reason: 'not-json' }
  }
  if (typeof payload !== 'object' || payload === null) return { ok: false, reason: 'no-claims' }
  const claims = payload as Record<string, unknown>
  if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp))
    return { ok: false, reason: 'no-expiry' }
  if (claims.exp <= 0 || claims.exp * 1000 > MAX_DATE_MS) return { ok: false, reason: 'bad-expiry' }
  return {
    ok: true,
    token,
    claims: {
      subject: typeof claims.sub === 'string' ? claims.sub : '',
      issuer: typeof claims.iss === 'string' ? claims.iss : '',
      audience: audienceOf(claims.aud),
      expiresAt: claims.exp * 1000,
      issuedAt: typeof claims.iat === 'number' ? claims.iat * 1000 : null,
    },
  }
}
