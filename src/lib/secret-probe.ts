/**
 * Whether an answer may hold something to redact (lib/redact.ts does it, loaded only then): anything
 * shaped like a JWT (base64url JSON, `eyJ…`, with or without its other parts), the session's own
 * token whole or any of its parts, or a \u escape (which could spell either once parsed).
 */

/** `{"` in base64url is `eyJ`: a JWT's header, or its payload alone, then the parts that follow. */
const JWT_SHAPED = /eyJ[A-Za-z0-9_-]{6,}(?:\.[A-Za-z0-9_-]*){0,2}/

/** Parts shorter than this are not secrets worth hunting (and would match ordinary text). */
const MIN_SECRET = 8

function secretsOf(token: string | undefined): string[] {
  if (!token) return []
  const parts = token.split('.').filter((part) => part.length >= MIN_SECRET)
  return [token, ...parts].sort((a, b) => b.length - a.length)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One pattern for all that is redacted: JWT-shaped text and the token's own parts, longest first. */
export const secretSource = (token?: string): string =>
  [JWT_SHAPED.source, ...secretsOf(token).map(escapeRegExp)].join('|')

/** Whether `source` (the text an answer was parsed from) may hold anything to redact. */
export const mayHoldSecret = (source: string, token?: string): boolean =>
  source.includes('\\u') || new RegExp(secretSource(token)).test(source)
