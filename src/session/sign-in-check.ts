import { formatDateTime, formatRelative } from '../lib/format'
import { checkToken, type TokenClaims, type TokenRefusal } from './token'

export type SignInCheck =
  | { ok: true; token: string; claims: TokenClaims }
  | { ok: false; message: string; claims?: TokenClaims }

/** Why a pasted token is refused, in words; they never echo the token. */
export function refusalMessage(refusal: TokenRefusal): string {
  switch (refusal.reason) {
    case 'empty':
      return 'Paste your access token first.'
    case 'parts':
      return `This is not an access token: a token has three parts separated by dots, this has ${refusal.parts}.`
    case 'characters':
      return 'This is not an access token: it contains characters a token cannot have.'
    case 'not-json':
      return 'This is not an access token: its middle part is not readable JSON.'
    case 'no-claims':
      return 'This is not an access token: it has no claims.'
    case 'no-expiry':
      return 'This token has no expiry time (exp), so it cannot be an HPC-AI access token.'
    case 'bad-expiry':
      return 'This token’s expiry time (exp) is not a real date, so it cannot be trusted.'
  }
}

/** Everything the token screen refuses before sending a request: empty, not a JWT, expired. */
export function checkForSignIn(input: string, now: number): SignInCheck {
  const check = checkToken(input)
  if (!check.ok) return { ok: false, message: refusalMessage(check) }
  if (check.claims.expiresAt <= now) {
    const when = formatDateTime(check.claims.expiresAt)
    return {
      ok: false,
      claims: check.claims,
      message: `This token expired at ${when} (${formatRelative(check.claims.expiresAt, now)}). Copy a fresh one from HPC-AI.`,
    }
  }
  return check
}
