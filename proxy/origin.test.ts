import { describe, expect, it } from 'vitest'
import { parseUpstreamOrigin } from './origin.ts'
import { readProxyEnv } from './proxy-env.ts'

describe('parseUpstreamOrigin', () => {
  it('defaults to hpc-ai.com and accepts a bare http(s) origin', () => {
    expect(parseUpstreamOrigin(undefined).href).toBe('https://hpc-ai.com/')
    expect(parseUpstreamOrigin(' http://127.0.0.1:8787 ').href).toBe('http://127.0.0.1:8787/')
  })

  it.each([
    'hpc-ai.com',
    'ftp://hpc-ai.com',
    'https://hpc-ai.com/api',
    'https://user:pw@hpc-ai.com',
    'https://hpc-ai.com?x=1',
  ])('refuses %s with a readable message', (value) => {
    expect(() => parseUpstreamOrigin(value)).toThrow(/HPCAI_API_ORIGIN/)
  })
})

describe('readProxyEnv', () => {
  it('reads the deadline and refuses nonsense', () => {
    expect(readProxyEnv({}).deadlineMs).toBe(25_000)
    expect(readProxyEnv({ HPCAI_PROXY_DEADLINE_MS: '1500' }).deadlineMs).toBe(1500)
    expect(() => readProxyEnv({ HPCAI_PROXY_DEADLINE_MS: '5s' })).toThrow(/HPCAI_PROXY_DEADLINE_MS/)
  })

  it('refuses a CA file that is missing or holds no certificate', () => {
    expect(() => readProxyEnv({ HPCAI_CA_FILE: '/nonexistent.pem' })).toThrow(/HPCAI_CA_FILE/)
    expect(() => readProxyEnv({ HPCAI_CA_FILE: '/etc/hostname' })).toThrow(/no PEM certificate/)
  })
})
