import type { TokenClaims } from './token'

/** Who issues HPC-AI's access tokens, and for whom (reference/api-facts.md, the docs' sample token). */
export const HPCAI_ISSUER = 'hpcaitech.com'
export const HPCAI_AUDIENCE = 'platform.colossalai.com'

/** A claim as the token screen quotes it: at most 60 characters. */
const quoted = (value: string) => (value.length > 60 ? `${value.slice(0, 59)}…` : value)

/**
 * Why a well-formed token is not one HPC-AI issued for its platform, named, or null when it is:
 * "issued by accounts.google.com, not HPC-AI". Said before the token is used; the user may still
 * choose to use it.
 */
export function foreignTokenProblem(claims: TokenClaims): string | null {
  const problems: string[] = []
  if (claims.issuer !== HPCAI_ISSUER) {
    const by = claims.issuer ? `issued by ${quoted(claims.issuer)}` : 'issued by no one it names'
    problems.push(`${by}, not HPC-AI (${HPCAI_ISSUER})`)
  }
  if (!claims.audience.includes(HPCAI_AUDIENCE)) {
    const to = claims.audience.length
      ? `made for ${claims.audience.map(quoted).slice(0, 3).join(', ')}`
      : 'made for no audience it names'
    problems.push(`${to}, not HPC-AI's platform (${HPCAI_AUDIENCE})`)
  }
  return problems.length ? `This token was ${problems.join(', and ')}.` : null
}
