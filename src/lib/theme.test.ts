// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { applyTheme, storedTheme } from './theme'

describe('the theme choice', () => {
  afterEach(() => applyTheme('system'))

  it('follows the system until the user picks one, and remembers the pick', () => {
    expect(storedTheme()).toBe('system')
    applyTheme('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(storedTheme()).toBe('dark')
    applyTheme('system')
    expect(document.documentElement).not.toHaveAttribute('data-theme')
    expect(window.localStorage.length).toBe(0)
  })

  it('ignores a stored value it does not know', () => {
    window.localStorage.setItem('hpcai.theme', 'sepia')
    expect(storedTheme()).toBe('system')
  })
})
