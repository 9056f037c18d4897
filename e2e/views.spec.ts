import { expect, signInWithDemo, test } from './fixtures.ts'
import { countLine, table } from './locators.ts'
import { countWhere } from './sim-data.ts'

test('a combined view survives reload and opens in a fresh tab after sign-in', async ({
  page,
  browser,
}) => {
  const view = '/?q=a&status=Running&status=Stopped&gpu=cpu&sort=-created&hide=memory'
  await signInWithDemo(page, view)
  const expected = await countLine(page).innerText()
  expect(expected).toMatch(/of 92 instances/)
  await expect(table(page).getByRole('columnheader', { name: 'Created' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await expect(table(page).getByRole('columnheader', { name: 'Memory' })).toHaveCount(0)

  await page.reload()
  await expect(countLine(page)).toHaveText(expected)

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await signInWithDemo(other, view)
  await expect(countLine(other)).toHaveText(expected)
  await expect(other.getByRole('searchbox', { name: 'Search' })).toHaveValue('a')
  expect(new URL(other.url()).search).toBe(new URL(page.url()).search)
  await fresh.close()
})

test('back and forward move between views', async ({ page }) => {
  await signInWithDemo(page)
  await page.getByRole('button', { name: 'Status', exact: true }).click()
  await page.getByRole('checkbox', { name: 'Stopped', exact: true }).check()
  await page.keyboard.press('Escape')
  const stopped = countWhere((i) => i.instanceRuntimeInfo.status === 'Stopped')
  await expect(countLine(page)).toHaveText(`${stopped} of 92 instances`)
  await table(page).getByRole('columnheader', { name: 'Name' }).click()
  await expect(page).toHaveURL(/status=Stopped&sort=name/)

  await page.goBack()
  await expect(page).toHaveURL(/status=Stopped$/)
  await expect(table(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
    'aria-sort',
    'none',
  )
  await page.goBack()
  await expect(countLine(page)).toHaveText('92 instances')
  await page.goForward()
  await expect(countLine(page)).toHaveText(`${stopped} of 92 instances`)
})

test('hand-edited junk in the URL is ignored, not fatal', async ({ page }) => {
  await signInWithDemo(
    page,
    '/?sort=-bogus&hide=everything&health=maybe&billing=%E0%A4%A&region=&instance=',
  )
  // The default columns are shown (the sortable ones; the selection column comes besides).
  await expect(table(page).locator('th[aria-sort]')).toHaveCount(9)
  await expect(
    table(page).getByRole('columnheader', { name: 'Status', exact: true }),
  ).toHaveAttribute('aria-sort', 'ascending')
})
