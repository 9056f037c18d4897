import type { Page } from '@playwright/test'
import { settle } from './session.ts'
import { samples, timed, type Samples } from './sorts.ts'

/**
 * Opens the drawer by clicking a row's name, `runs` times after one unmeasured open (the drawer's
 * chunk loads on first use), closing it with Escape in between; `between` runs before each open.
 */
export async function measureDrawerOpen(
  page: Page,
  runs: number,
  between?: () => Promise<void>,
): Promise<Samples> {
  const rows = page.getByRole('table', { name: 'Instances' }).locator('tbody tr[data-row-index]')
  const dialog = page.getByRole('dialog')
  const opens = samples()
  const unmeasured = samples()
  for (let run = 0; run <= runs; run++) {
    const name = rows.nth(1 + (run % 5)).locator('td:nth-child(2)')
    if (run > 0) await between?.()
    await timed(page, run > 0 ? opens : unmeasured, 'click', () => name.click())
    await dialog.waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await settle(page)
  }
  return opens
}
