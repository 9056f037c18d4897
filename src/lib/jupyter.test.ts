import { describe, expect, it } from 'vitest'
import { jupyterUrl } from './jupyter'
import { safeHttpUrl } from './safe-url'

const subUrl = '/notebook/notebook-1/notebook-1-0'

describe('jupyterUrl', () => {
  it("uses the region's domain by default", () => {
    expect(jupyterUrl(subUrl, 'asia-sg-1.hpc-ai.com')).toBe(
      'https://asia-sg-1.hpc-ai.com/notebook/notebook-1/notebook-1-0',
    )
  })

  it('falls back to hpc-ai.com when the domain is empty', () => {
    expect(jupyterUrl(subUrl, '')).toBe('https://hpc-ai.com/notebook/notebook-1/notebook-1-0')
  })

  it('follows a configured template', () => {
    expect(jupyterUrl(subUrl, 'x.hpc-ai.com', 'https://hpc-ai.com{subUrl}?region={domain}')).toBe(
      'https://hpc-ai.com/notebook/notebook-1/notebook-1-0?region=x.hpc-ai.com',
    )
  })

  it.each([
    ['javascript:alert(1)', 'asia.hpc-ai.com'],
    ['data:text/html,<script>alert(1)</script>', ''],
    ['//evil.example/x', ''],
    ['/\\evil.example', ''],
    ['', 'asia.hpc-ai.com'],
    ['notebook/no-leading-slash', ''],
    [subUrl, 'evil.example/path?'],
    [subUrl, 'javascript:'],
  ])('refuses subUrl %j with domain %j', (value, domain) => {
    expect(jupyterUrl(value, domain)).toBeNull()
  })

  it('refuses a template that yields a non-http link', () => {
    expect(jupyterUrl(subUrl, '', 'javascript:{subUrl}')).toBeNull()
  })
})

describe('safeHttpUrl', () => {
  it('passes http(s) and refuses every other scheme', () => {
    expect(safeHttpUrl('https://hpc-ai.com/a')).toBe('https://hpc-ai.com/a')
    expect(safeHttpUrl('http://x.example/')).toBe('http://x.example/')
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(safeHttpUrl(bad)).toBeNull()
    }
  })
})
