// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { navigateSearch, pagePath, pageUrl } from './use-location-search'

describe('page URLs', () => {
  afterEach(() => window.history.replaceState(null, '', '/'))

  it('collapse leading slashes, so no path makes a protocol-relative URL', () => {
    expect(pagePath('//evil.example/')).toBe('/evil.example/')
    expect(pagePath('///a//b')).toBe('/a//b')
    expect(pagePath('/\\evil.example')).toBe('/evil.example')
    expect(pagePath('/dash/')).toBe('/dash/')
    expect(pageUrl('?q=x', '#h')).toBe(`${window.location.origin}/?q=x#h`)
  })

  it('change the query string on the same origin', () => {
    navigateSearch('?q=llama', 'push')
    expect(window.location.search).toBe('?q=llama')
    expect(window.location.pathname).toBe('/')
  })
})
