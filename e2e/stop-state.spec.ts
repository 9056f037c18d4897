import type { Page } from '@playwright/test'
import { expect, sim, signInWithDemo, test } from './fixtures.ts'
import { countLine } from './locators.ts'
import { confirmDialog, instanceNamed, results, rowOf } from './stops.ts'

const running = instanceNamed('mistral-train-011')

/**
 * The row, the drawer and the outcome as one snapshot (read in one go, so a render in between
 * cannot make them disagree by accident): the status word each starts with, and the headline.
 */
async function snapshot(page: Page, name: string) {
  return page.evaluate((target) => {
    const words = ['Stop requested', 'Stopping', 'Stopped', 'Running']
    const first = (text: string | undefined) =>
      words.find((word) => text?.trim().startsWith(word)) ?? text?.trim() ?? null
    const row = [...document.querySelectorAll('tbody tr[data-row-index]')].find((tr) =>
      tr.querySelector(`input[aria-label="Select ${target}"]`),
    )
    // The drawer's Health section: the only "Status" field on the page.
    const label = [...document.querySelectorAll('dt')].find((dt) => dt.textContent === 'Status')
    return {
      row: first(row?.querySelectorAll('td')[2]?.textContent ?? undefined),
      drawer: first(label?.nextElementSibling?.textContent ?? undefined),
      outcome:
        document.querySelector('[aria-label="Stop results"] p.font-semibold')?.textContent ?? null,
    }
  }, name)
}

const OUTCOME: Record<string, string> = {
  'Stop requested': '1 stop requested',
  Stopping: '1 stopping',
  Stopped: '1 stopped',
}

test('one stop state: row, drawer and outcome say the same from acceptance to Stopped, at 800 ms latency', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await signInWithDemo(page, `/?status=Running&q=${running.name}&instance=${running.id}`)
  await sim.configure({ latencyMs: 800, stopMs: 4_000 })
  const drawer = page.getByRole('dialog', { name: running.name, exact: true })
  await drawer.getByRole('button', { name: 'Stop instance' }).click()
  const dialog = confirmDialog(page)
  await expect(dialog).toHaveAccessibleName('Stop 1 instance?')
  await expect(dialog).toContainText('A stop request is sent once for this instance')
  await expect(dialog).not.toContainText('these 1')
  await dialog.getByRole('button', { name: 'Stop 1 instance' }).click()
  // While it is sent, the row and the drawer already say it; the outcome counts answers.
  await expect(rowOf(page, running.name).locator('td').nth(2)).toHaveText(/^Stop requested/)
  await expect(results(page)).toContainText(/Sending 1 stop: 0 of 1 answered|1 stop requested/)

  // From acceptance to the list showing Stopped: every look at the page finds one word.
  await expect(results(page).locator('p.font-semibold')).toBeVisible()
  const seen = new Set<string>()
  for (let look = 0; look < 200; look++) {
    const now = await snapshot(page, running.name)
    expect(now.drawer, JSON.stringify(now)).toBe(now.row)
    expect(now.outcome, JSON.stringify(now)).toBe(OUTCOME[now.row ?? ''])
    seen.add(now.row ?? '')
    if (now.row === 'Stopped') break
    await page.waitForTimeout(50)
  }
  expect([...seen]).toEqual(['Stop requested', 'Stopping', 'Stopped'])

  // Stopped, it no longer matches "Running", yet stays, named, until the outcome is dismissed.
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  const row = rowOf(page, running.name)
  await expect(row).toBeVisible()
  // The row itself says why it is still there.
  await expect(row.getByText('Kept in view until the stop outcome is dismissed')).toBeVisible()
  await expect(results(page)).toContainText(
    `Shown until you dismiss this, though the filters no longer match: ${running.name}.`,
  )
  // Filters the user changes still apply to it.
  const search = page.getByRole('searchbox', { name: 'Search' })
  await search.fill('no-such-instance')
  await expect(row).toHaveCount(0)
  await search.fill(running.name)
  await expect(row).toBeVisible()
  const shown = await countLine(page).innerText()
  await results(page).getByRole('button', { name: 'Dismiss' }).click()
  await expect(row).toHaveCount(0)
  await expect(countLine(page)).not.toHaveText(shown)
})
