import type { Page } from '@playwright/test'
import { longestInteraction, resetProbes, settle } from './session.ts'

/**
 * Opens the drawer by clicking a row's name, `runs` times after one unmeasured open (the drawer's
 * chunk loads on first use), closing it with Escape in between: the longest event of each click.
 */
export async function measureDrawerOpen(page: Page, runs: number): Promise<number[]> {
  const rows = page.getByRole('table', { name: 'Instances' }).locator('tbody tr[data-row-index]')
  const dialog = page.getByRole('dialog')
  const durations: number[] = []
  for (let run = 0; run <= runs; run++) {
    await resetProbes(page)
    await rows
      .nth(1 + (run % 5))
      .locator('td:nth-child(2)')
      .click()
    await dialog.waitFor()
    await settle(page)
    if (run > 0) durations.push(await longestInteraction(page))
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await settle(page)
  }
  return durations
}
