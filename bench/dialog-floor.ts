import type { Page } from '@playwright/test'
import { settle } from './session.ts'
import { samples, timed, type Samples } from './sorts.ts'

/**
 * What the browser alone takes to open the drawer as a native modal dialog: a static copy of the
 * drawer (its markup and classes, taken from the drawer open on screen), shown by a click handler
 * with `showModal()` and no app script, timed like the drawer open (frame-accurately and by Event
 * Timing), `runs` times. A modal dialog makes the rest of the page inert, which restyles all of
 * it: this is that cost, and the drawer's markup styled and laid out, with none of the app's.
 * Resolves with the samples; leaves no dialog behind.
 */
export async function measureDialogFloor(page: Page, runs: number): Promise<Samples> {
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
    const button = document.createElement('button')
    button.id = 'bench-dialog-floor'
    button.textContent = 'dialog floor'
    button.style.cssText = 'position:fixed;top:0;left:40%;z-index:99'
    button.addEventListener('click', () => {
      const copy = document.createElement('dialog')
      copy.className = className
      copy.innerHTML = markup
      copy.addEventListener('close', () => copy.remove())
      document.body.append(copy)
      copy.showModal()
    })
    document.body.append(button)
  })()`)
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'hidden' })
  await settle(page)
  const opens = samples()
  for (let run = 0; run < runs; run++) {
    await timed(page, opens, 'click', () => page.click('#bench-dialog-floor'))
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await settle(page)
  }
  await page.evaluate(() => document.getElementById('bench-dialog-floor')?.remove())
  return opens
}
