import { describe, expect, it } from 'vitest'
import { EXPIRY_WARNING_MS, expiryState } from './expiry'
import { checkForSignIn } from './sign-in-check'
import { checkToken, extractToken } from './token'

const base64url = (text: string) =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const b64 = (value: unknown) => base64url(JSON.stringify(value))
const jwt = (payload: unknown) => `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(payload)}.c2ln`
const NOW = Date.UTC(2026, 10, 27, 12)
const valid = jwt({
  sub: 'user-1',
  iss: 'hpcaitech.com',
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
    if (!result.ok) expect(result.message).toMatch(message)
  })

  it('never echoes the token in a refusal', () => {
    const broken = `${valid}.extra`
    const result = checkToken(broken)
    expect(!result.ok && result.message).not.toContain(valid)
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
