/**
 * JWTs as HPC-AI issues them (RS256, iss hpcaitech.com). The simulator cannot check a real
 * signature, so it accepts any well-formed token whose `exp` lies in the future.
 */
const DAY_SECONDS = 86_400

function base64url(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url')
}

export interface MintOptions {
  /** Seconds since the epoch; defaults to now. */
  issuedAt?: number
  /** Lifetime in seconds; negative makes an already expired token. */
  lifetimeSeconds?: number
  subject?: string
}

export function mintToken(options: MintOptions = {}): string {
  const iat = options.issuedAt ?? Math.floor(Date.now() / 1000)
  const header = { alg: 'RS256', typ: 'JWT' }
  const payload = {
    aud: ['platform.colossalai.com'],
    exp: iat + (options.lifetimeSeconds ?? DAY_SECONDS),
    group: ['user'],
    iat,
    iss: 'hpcaitech.com',
    sub: options.subject ?? '08f6f261-5a1d-4c2e-9f3b-85e6ae32f492',
  }
  const signature = Buffer.from('simulator-signature-not-verifiable').toString('base64url')
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.${signature}`
}

/** The token's expiry (ms since the epoch) and subject, or null when it is not a well-formed JWT. */
export function readClaims(token: string): { expiresAt: number; subject: string } | null {
  const parts = token.split('.')
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return null
  try {
    const payload = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8')) as unknown
    if (typeof payload !== 'object' || payload === null) return null
    const { exp, sub } = payload as { exp?: unknown; sub?: unknown }
    if (typeof exp !== 'number') return null
    return { expiresAt: exp * 1000, subject: typeof sub === 'string' ? sub : '' }
  } catch {
    return null
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}
