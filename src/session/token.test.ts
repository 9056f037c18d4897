import { describe, expect, it } from 'vitest'
import { EXPIRY_WARNING_MS, expiryState } from './expiry'
import { checkForSignIn, refusalMessage } from './sign-in-check'
import { foreignTokenProblem } from './foreign-token'
import { checkToken, extractToken } from './token'

const base64url = (text: string) =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const b64 = (value: unknown) => base64url(JSON.stringify(value))
const jwt = (payload: unknown) => `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(payload)}.c2ln`
const NOW = Date.UTC(2026, 10, 27, 12)
const valid = jwt({
  sub: 'user-1',
  iss: 'hpcaitech.com',
  aud: ['platform.colossalai.com'],
  exp: NOW / 1000 + 3600,
  iat: NOW / 1000 - 60,
})

describe('extractToken', () => {
  it.each([
    [`  ${valid}\n`, 'surrounding whitespace'],
    [`AccessToken=${valid}`, 'a cookie pair'],
    [`Cookie: lang=en; AccessToken=${valid}; theme=dark`, 'a whole Cookie header line'],
    [`cookie: AccessToken=${valid}`, 'a lower-case header line'],
    [`"${valid}"`, 'quotes'],
  ])('accepts %#: %s', (input) => {
    expect(extractToken(input)).toBe(valid)
  })
})

describe('checkToken', () => {
  it('reads subject, issuer and times from a JWT without verifying it', () => {
    expect(checkToken(valid)).toEqual({
      ok: true,
      token: valid,
      claims: {
        subject: 'user-1',
        issuer: 'hpcaitech.com',
        audience: ['platform.colossalai.com'],
        expiresAt: NOW + 3_600_000,
        issuedAt: NOW - 60_000,
      },
    })
  })

  it.each([
    ['', /Paste your access token/],
    ['hello', /three parts separated by dots, this has 1/],
    ['a.b', /this has 2/],
    ['a.b!.c', /characters a token cannot have/],
    [`${b64({})}.${base64url('not json')}.sig`, /not readable JSON/],
    [jwt({ sub: 'x' }), /no expiry time/],
    [jwt('just a string'), /no claims/],
    [jwt({ exp: 1e300 }), /not a real date/],
    [jwt({ exp: -1e300 }), /not a real date/],
    [jwt({ exp: 0 }), /not a real date/],
  ])('refuses %j precisely', (input, message) => {
    const result = checkToken(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(refusalMessage(result)).toMatch(message)
  })

  it('never echoes the token in a refusal', () => {
    const broken = `${valid}.extra`
    const result = checkToken(broken)
    expect(!result.ok && refusalMessage(result)).not.toContain(valid)
  })
})

describe('foreignTokenProblem', () => {
  const claimsOf = (payload: object) => {
    const check = checkToken(jwt({ exp: NOW / 1000 + 3600, ...payload }))
    if (!check.ok) throw new Error(refusalMessage(check))
    return check.claims
  }

  it('passes a token HPC-AI issued for its platform, aud as a list or a string', () => {
    const hpcai = { iss: 'hpcaitech.com', aud: ['platform.colossalai.com'] }
    expect(foreignTokenProblem(claimsOf(hpcai))).toBeNull()
    expect(foreignTokenProblem(claimsOf({ ...hpcai, aud: 'platform.colossalai.com' }))).toBeNull()
  })

  it('names the issuer or the audience of a token issued elsewhere or for another service', () => {
    expect(
      foreignTokenProblem(
        claimsOf({ iss: 'accounts.google.com', aud: ['platform.colossalai.com'] }),
      ),
    ).toBe('This token was issued by accounts.google.com, not HPC-AI (hpcaitech.com).')
    expect(foreignTokenProblem(claimsOf({ iss: 'hpcaitech.com', aud: 'grafana.example' }))).toBe(
      "This token was made for grafana.example, not HPC-AI's platform (platform.colossalai.com).",
    )
    expect(foreignTokenProblem(claimsOf({ sub: 'x' }))).toBe(
      'This token was issued by no one it names, not HPC-AI (hpcaitech.com), and made for no ' +
        "audience it names, not HPC-AI's platform (platform.colossalai.com).",
    )
    expect(foreignTokenProblem(claimsOf({ iss: 'x'.repeat(500), aud: [] }))).toMatch(/x{59}…, not/)
  })
})

describe('checkForSignIn', () => {
  it('refuses an expired token saying when it expired and how long ago', () => {
    const expired = jwt({ sub: 'u', exp: NOW / 1000 - 3 * 3600 })
    const result = checkForSignIn(expired, NOW)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/^This token expired at .+ \(3 hours ago\)/)
  })

  it('accepts an unexpired token', () => {
    expect(checkForSignIn(valid, NOW)).toMatchObject({ ok: true, token: valid })
  })
})

describe('expiryState', () => {
  it('warns from one hour before expiry and expires at exp', () => {
    const exp = NOW + 5 * 3_600_000
    expect(expiryState(exp, NOW)).toEqual({ level: 'ok', leftMs: 5 * 3_600_000 })
    expect(expiryState(exp, exp - EXPIRY_WARNING_MS).level).toBe('warning')
    expect(expiryState(exp, exp - EXPIRY_WARNING_MS - 1).level).toBe('ok')
    expect(expiryState(exp, exp)).toEqual({ level: 'expired', leftMs: 0 })
  })
})
