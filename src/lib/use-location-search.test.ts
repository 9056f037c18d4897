// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  currentSearch,
  navigateSearch,
  pagePath,
  pageUrl,
  useLocationSearchPart,
} from './use-location-search'

const whole = (search: string) => search

/** After the frame that shows a change is painted: when its history is written. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))

describe('page URLs', () => {
  afterEach(async () => {
    await painted()
    window.history.replaceState(null, '', '/')
  })

  it('collapse leading slashes, so no path makes a protocol-relative URL', () => {
    expect(pagePath('//evil.example/')).toBe('/evil.example/')
    expect(pagePath('///a//b')).toBe('/a//b')
    expect(pagePath('/\\evil.example')).toBe('/evil.example')
    expect(pagePath('/dash/')).toBe('/dash/')
    expect(pageUrl('?q=x', '#h')).toBe(`${window.location.origin}/?q=x#h`)
  })

  it('change the query string on the same origin: the page at once, the address bar once painted', async () => {
    navigateSearch('?q=llama', 'push')
    expect(currentSearch()).toBe('?q=llama')
    await painted()
    expect(window.location.search).toBe('?q=llama')
    expect(window.location.pathname).toBe('/')
  })

  it('write the history as if at once: each push an entry, a replace in place of the last', async () => {
    const before = window.history.length
    const push = vi.spyOn(window.history, 'pushState')
    const replace = vi.spyOn(window.history, 'replaceState')
    navigateSearch('?sort=gpu', 'push')
    navigateSearch('?sort=gpu&w=name.300', 'replace')
    navigateSearch('?sort=-gpu', 'push')
    navigateSearch('?sort=-gpu&q=a', 'replace')
    navigateSearch('?sort=-gpu&q=ab', 'replace')
    expect(push).not.toHaveBeenCalled()
    await painted()
    expect(push.mock.calls.map((call) => new URL(String(call[2])).search)).toEqual([
      '?sort=gpu&w=name.300',
      '?sort=-gpu&q=ab',
    ])
    expect(replace).not.toHaveBeenCalled()
    expect(window.history.length).toBe(before + 2)
    push.mockRestore()
    replace.mockRestore()
  })

  it('leave the history alone when it moved back or forward before the write', async () => {
    const { result, unmount } = renderHook(() => useLocationSearchPart(whole))
    const push = vi.spyOn(window.history, 'pushState')
    act(() => navigateSearch('?q=never', 'push'))
    expect(result.current).toBe('?q=never')
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')))
    expect(result.current).toBe('')
    await painted()
    expect(push).not.toHaveBeenCalled()
    push.mockRestore()
    unmount()
  })
})
