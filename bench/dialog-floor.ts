import type { Page } from '@playwright/test'
import { settle } from './session.ts'
import { samples, timed, type Samples } from './sorts.ts'

/**
 * What the browser alone takes to open the drawer as a native modal dialog: a static copy of the
 * drawer (its markup and classes, taken from the drawer open on screen), shown by a click handler
 * with `showModal()` and no app script, timed like the drawer open (frame-accurately and by Event
 * Timing), `runs` times. A modal dialog makes the rest of the page inert, which restyles all of
 * it: this is that cost, and the drawer's markup styled and laid out, with none of the app's.
 * Beside it, the same dialog empty: what making the page inert costs alone. Resolves with the
 * samples of both; leaves no dialog behind.
 */
export async function measureDialogFloor(
  page: Page,
  runs: number,
): Promise<{ markup: Samples; empty: Samples }> {
  const dialog = page.getByRole('dialog')
  await page
    .getByRole('table', { name: 'Instances' })
    .locator('tbody tr[data-row-index]')
    .nth(1)
    .locator('td:nth-child(2)')
    .click()
  await dialog.waitFor()
  await settle(page)
  // A string, not a function: tsx would name the inner functions with a helper the page lacks.
  await page.evaluate(`(() => {
    const open = document.querySelector('dialog[open]')
    const markup = open.innerHTML
    const className = open.className
    const addButton = (id, left, content) => {
      const button = document.createElement('button')
      button.id = id
      button.textContent = id
      button.style.cssText = 'position:fixed;top:0;z-index:99;left:' + left
      button.addEventListener('click', () => {
        const copy = document.createElement('dialog')
        copy.className = className
        copy.innerHTML = content
        copy.addEventListener('close', () => copy.remove())
        document.body.append(copy)
        copy.showModal()
      })
      document.body.append(button)
    }
    addButton('bench-dialog-floor', '40%', markup)
    addButton('bench-empty-dialog', '60%', '')
  })()`)
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'hidden' })
  await settle(page)
  const markup = samples()
  const empty = samples()
  // Alternately, so that both see the same moments of the run.
  for (let run = 0; run < runs * 2; run++) {
    const [into, button] =
      run % 2 ? [empty, '#bench-empty-dialog'] : [markup, '#bench-dialog-floor']
    await timed(page, into, 'click', () => page.click(button))
    await page.keyboard.press('Escape')
    await page.locator('dialog[open]').waitFor({ state: 'detached' })
    await settle(page)
  }
  await page.evaluate(() => {
    for (const id of ['bench-dialog-floor', 'bench-empty-dialog'])
      document.getElementById(id)?.remove()
  })
  return { markup, empty }
}
