import { expect, sim, signInWithDemo, test } from './fixtures.ts'
import { countLine, table } from './locators.ts'

test('10,000 instances load, stay virtualized and respond', async ({ page }) => {
  await sim.configure({ instances: 10_000, pageCap: 100 })
  await signInWithDemo(page)
  await expect(countLine(page)).toHaveText('10,000 instances', { timeout: 20_000 })
  expect(await page.locator('tr').count()).toBeLessThan(100)
  await table(page).getByRole('columnheader', { name: 'Price' }).click()
  await expect(table(page).getByRole('columnheader', { name: 'Price' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await page.getByRole('searchbox', { name: 'Search' }).fill('llama')
  await expect(countLine(page)).toHaveText(/^[\d,]+ of 10,000 instances$/)
  await table(page).locator('tbody tr').first().focus()
  await page.keyboard.press('End')
  await expect(page.locator('tr[data-row-index]:focus')).toHaveCount(1)
  expect(await page.locator('tr').count()).toBeLessThan(100)
})

test('scrolling a long list renders the rows in view, down to the last one', async ({ page }) => {
  await sim.configure({ instances: 2_000, pageCap: 100 })
  await signInWithDemo(page)
  const region = page.getByRole('region', { name: /Instances table/ })
  await region.evaluate((element) => (element.scrollTop = 52 * 1_000))
  await expect(page.locator('tr[data-row-index="1003"]')).toBeInViewport()
  await region.evaluate((element) => (element.scrollTop = element.scrollHeight))
  await expect(page.locator('tr[data-row-index="1999"]')).toBeInViewport()
  expect(await page.locator('tr').count()).toBeLessThan(100)
})
