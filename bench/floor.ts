import type { Page } from '@playwright/test'
import { SEARCH_DEBOUNCE_MS } from './frame-probe.ts'
import { samples, timed, type Samples } from './sorts.ts'

/**
 * How the floor's change is set off: by the click itself, as a sort or a facet toggle is; or by a
 * timer of the search's debounce that the click starts, timed from the timer firing, as a search
 * is. They differ by more than the timer: Chromium hands a click to the page at the start of a
 * frame, so its change is drawn at once, while a timer fires anywhere in a frame and its change
 * waits for the next one (on average half a frame, 8 ms at 60 Hz).
 */
export type FloorTrigger = 'click' | 'debounce'

/** The floor's button on the page: each click timed into `into`; a pair leaves the rows as they were. */
export interface RenderFloor {
  click: (into: Samples) => Promise<void>
  /** Forth and back: the rows' texts are where they were (the app's own view of them holds). */
  pair: (into: Samples) => Promise<void>
  remove: () => Promise<void>
}

/**
 * What the browser alone takes to show new text in the rows on screen: a button whose click
 * handler (well under a millisecond of script) moves every row's texts to the next row, timed like
 * the interactions (frame-accurately and by Event Timing). No interaction that changes the rows in
 * view can be faster on the machine, so this is the floor the interaction figures are held against.
 * Each click is undone by the next (forth, then back).
 */
export async function installRenderFloor(
  page: Page,
  trigger: FloorTrigger = 'click',
): Promise<RenderFloor> {
  const id = `bench-floor-${trigger}`
  // A string, not a function: tsx would name the inner functions with a helper the page lacks.
  await page.evaluate(`(() => {
    const button = document.createElement('button')
    button.id = '${id}'
    button.textContent = 'floor'
    button.style.cssText = 'position:fixed;top:0;left:${trigger === 'click' ? 50 : 60}%;z-index:99'
    let forth = true
    const shift = () => {
      const rows = [...document.querySelectorAll('tbody tr[data-row-index]')]
      const texts = rows.map((row) => {
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT)
        const found = []
        while (walker.nextNode()) found.push(walker.currentNode)
        return found
      })
      const data = texts.map((row) => row.map((text) => text.data))
      const by = forth ? 1 : data.length - 1
      texts.forEach((row, index) =>
        row.forEach((text, at) => (text.data = data[(index + by) % data.length]?.[at] ?? text.data)),
      )
      forth = !forth
    }
    button.addEventListener('click', () =>
      ${trigger === 'debounce' ? `setTimeout(shift, ${SEARCH_DEBOUNCE_MS})` : 'shift()'},
    )
    document.body.append(button)
  })()`)
  const from = trigger === 'click' ? 'event' : 'debounce'
  const click = (into: Samples) => timed(page, into, 'click', () => page.click(`#${id}`), from)
  return {
    click,
    pair: async (into) => {
      await click(into)
      await click(into)
    },
    remove: () => page.evaluate((button) => document.getElementById(button)?.remove(), id),
  }
}

/** The floor alone, `runs` pairs of clicks. */
export async function measureRenderFloor(
  page: Page,
  runs: number,
  trigger: FloorTrigger = 'click',
): Promise<Samples> {
  const floor = await installRenderFloor(page, trigger)
  const into = samples()
  for (let run = 0; run < runs; run++) await floor.pair(into)
  await floor.remove()
  return into
}
