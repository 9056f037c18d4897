export interface TokenClaims {
  subject: string
  issuer: string
  /** `aud`, a string or a list in a JWT, always a list here. */
  audience: string[]
  /** ms since the epoch */
  expiresAt: number
  issuedAt: number | null
}

export type TokenCheck =
  | { ok: true; token: string; claims: TokenClaims }
  | { ok: false; reason: 'empty' | 'malformed'; message: string }

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

const malformed = (message: string): TokenCheck => ({ ok: false, reason: 'malformed', message })

function audienceOf(aud: unknown): string[] {
  if (typeof aud === 'string') return [aud]
  return Array.isArray(aud) ? aud.filter((item): item is string => typeof item === 'string') : []
}

/** Reads a JWT's claims without verifying it (the browser cannot, and need not). */
export function checkToken(input: string): TokenCheck {
  const token = extractToken(input)
  if (!token) return { ok: false, reason: 'empty', message: 'Paste your access token first.' }
  const parts = token.split('.')
  if (parts.length !== 3) {
    return malformed(
      `This is not an access token: a token has three parts separated by dots, this has ${parts.length}.`,
    )
  }
  if (
    !parts.every((part, index) =>
      (index === 2 ? /^[A-Za-z0-9_-]*$/ : /^[A-Za-z0-9_-]+$/).test(part),
    )
  ) {
    return malformed('This is not an access token: it contains characters a token cannot have.')
  }
  let payload: unknown
  try {
    payload = JSON.parse(decodeBase64Url(parts[1] ?? ''))
  } catch {
    return malformed('This is not an access token: its middle part is not readable JSON.')
  }
  if (typeof payload !== 'object' || payload === null)
    return malformed('This is not an access token: it has no claims.')
  const claims = payload as Record<string, unknown>
  if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) {
    return malformed('This token has no expiry time (exp), so it cannot be an HPC-AI access token.')
  }
  if (claims.exp <= 0 || claims.exp * 1000 > MAX_DATE_MS) {
    return malformed('This token’s expiry time (exp) is not a real date, so it cannot be trusted.')
  }
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
