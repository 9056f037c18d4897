import { formatDateTime, formatRelative } from '../lib/format'
import { checkToken, type TokenClaims } from './token'

export type SignInCheck =
  | { ok: true; token: string; claims: TokenClaims }
  | { ok: false; message: string; claims?: TokenClaims }

/** Everything the token screen refuses before sending a request: empty, not a JWT, expired. */
export function checkForSignIn(input: string, now: number): SignInCheck {
  const check = checkToken(input)
  if (!check.ok) return { ok: false, message: check.message }
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
