import { afterEach, describe, expect, it, vi } from 'vitest'
import { SCREENS } from '../../tailwind.config'
import { PHONE_QUERY, watchMediaQuery } from './media-query'

it('the phone query is below the tablet breakpoint that max-tablet: classes use', () => {
  expect(PHONE_QUERY).toBe(`(width < ${SCREENS.tablet})`)
})

describe('watchMediaQuery', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('never matches where the browser has no matchMedia', () => {
    vi.stubGlobal('window', {})
    const seen: boolean[] = []
    watchMediaQuery('(width < 48rem)', (matches) => seen.push(matches))()
    expect(seen).toEqual([false])
  })

  it('tells the state now and on each change, until stopped', () => {
    let matches = true
    const listeners = new Set<() => void>()
    vi.stubGlobal('window', {
      matchMedia: (media: string) => ({
        media,
        get matches() {
          return matches
        },
        addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
      }),
    })
    const seen: boolean[] = []
    const stop = watchMediaQuery('(width < 48rem)', (value) => seen.push(value))
    matches = false
    listeners.forEach((listener) => listener())
    stop()
    expect(seen).toEqual([true, false])
    expect(listeners.size).toBe(0)
  })
})
