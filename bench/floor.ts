import type { Page } from '@playwright/test'
import { samples, timed, type Samples } from './sorts.ts'

/**
 * What the browser alone takes to show new text in the rows on screen: a button whose click
 * handler (well under a millisecond of script) moves every row's texts to the next row, timed like
 * the interactions (frame-accurately and by Event Timing). No interaction that changes the rows in
 * view can be faster on the machine, so this is the floor the interaction figures are held against.
 * Each click is undone by the next (forth, then back), so the table is left as it was.
 */
export async function measureRenderFloor(page: Page, runs: number): Promise<Samples> {
  await page.evaluate(() => {
    const button = document.createElement('button')
    button.id = 'bench-floor'
    button.textContent = 'floor'
    button.style.cssText = 'position:fixed;top:0;left:50%;z-index:99'
    let forth = true
    button.addEventListener('click', () => {
      const rows = [...document.querySelectorAll('tbody tr[data-row-index]')]
      const texts = rows.map((row) => {
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT)
        const found: Text[] = []
        while (walker.nextNode()) found.push(walker.currentNode as Text)
        return found
      })
      const data = texts.map((row) => row.map((text) => text.data))
      const shift = forth ? 1 : data.length - 1
      texts.forEach((row, index) =>
        row.forEach(
          (text, at) => (text.data = data[(index + shift) % data.length]?.[at] ?? text.data),
        ),
      )
      forth = !forth
    })
    document.body.append(button)
  })
  const floor = samples()
  for (let run = 0; run < runs * 2; run++)
    await timed(page, floor, 'click', () => page.click('#bench-floor'))
  await page.evaluate(() => document.getElementById('bench-floor')?.remove())
  return floor
}
