// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { keepInView } from './keep-in-view'

function panelAt(left: number, width: number): HTMLElement {
  const panel = document.createElement('div')
  panel.getBoundingClientRect = () => {
    const shift = Number.parseFloat(panel.style.translate) || 0
    return { left: left + shift, right: left + shift + width } as DOMRect
  }
  return panel
}

describe('keepInView', () => {
  Object.defineProperty(document.documentElement, 'clientWidth', { value: 390 })

  it('leaves a panel that fits where it is', () => {
    const panel = panelAt(20, 300)
    keepInView(panel)
    expect(panel.style.translate).toBe('')
  })

  it('moves a panel that runs off the right edge back inside, 8 px from it', () => {
    const panel = panelAt(220, 340)
    keepInView(panel)
    expect(panel.style.translate).toBe('-178px 0')
  })

  it('moves a panel that starts left of the screen to 8 px from its left edge', () => {
    const panel = panelAt(-40, 200)
    keepInView(panel)
    expect(panel.style.translate).toBe('48px 0')
  })
})
