import type { Locator, Page } from '@playwright/test'
import { expect, sim, test } from './fixtures.ts'
import { bodyRows, countLine } from './locators.ts'

/** Holds every list request after page 1 in the browser until `release` (then sends it on). */
async function holdLaterPages(page: Page): Promise<{ release: () => void }> {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/instance/list', async (route) => {
    const body = route.request().postDataJSON() as { pager: { currentPage: number } }
    if (body.pager.currentPage > 1) await held
    await route.continue()
  })
  return { release }
}

async function signInHeld(page: Page, path = '/'): Promise<{ release: () => void }> {
  // 92 instances in pages of 10: page 1 shows alone until the others are released.
  await sim.configure({ pageCap: 10 })
  const pages = await holdLaterPages(page)
  await page.goto(path)
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await expect(countLine(page)).toHaveText('10 of 92 loaded')
  return pages
}

const place = async (row: Locator) => ({
  name: (await row.locator('td').nth(1).innerText()).split('\n')[0] ?? '',
  index: Number(await row.getAttribute('aria-rowindex')),
  top: (await row.boundingBox())?.y,
})

test('the first page shows at once, its figures and counts marked as partial', async ({ page }) => {
  const { release } = await signInHeld(page)
  await expect(bodyRows(page)).toHaveCount(10)
  // Still the first load: not "Refreshing…", and not "Updated now".
  await expect(page.getByRole('button', { name: 'Loading…' })).toBeVisible()
  await expect(page.getByText('Not loaded yet')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(
    'Figures so far: 10 of 92 loaded',
  )
  await page.getByRole('button', { name: 'Status', exact: true }).click()
  await expect(page.getByText('Counts so far: 10 of 92 loaded')).toBeVisible()
  await page.keyboard.press('Escape')
  // Exports wait for the whole list: a file of a tenth of the account would mislead.
  await expect(page.getByRole('button', { name: 'Export' })).toBeDisabled()

  await page.getByRole('searchbox', { name: 'Search' }).fill('zzz-no-such-instance')
  await expect(countLine(page)).toHaveText('0 shown, 10 of 92 loaded')
  await page.getByRole('searchbox', { name: 'Search' }).fill('')

  release()
  await expect(countLine(page)).toHaveText('92 instances')
  await expect(page.getByText(/so far/)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Export' })).toBeEnabled()
})

test('the focused row stays in place and keeps focus while later pages merge in', async ({
  page,
}) => {
  // Sorted by name, page 1's fifth row has rows of later pages before it.
  const { release } = await signInHeld(page, '/?sort=name')
  await page.getByRole('searchbox', { name: 'Search' }).focus()
  await page.keyboard.press('ArrowDown')
  const focused = page.locator('tr[data-row-index]:focus')
  await expect(focused).toHaveAttribute('aria-rowindex', '2')
  for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowDown')
  await expect(focused).toHaveAttribute('aria-rowindex', '6') // header row + 5th row
  const before = await place(focused)

  release()
  await expect(countLine(page)).toHaveText('92 instances')
  const after = await place(focused)
  expect(after.name).toBe(before.name)
  expect(after.index).toBeGreaterThan(before.index) // rows did arrive before it…
  expect(after.top).toBe(before.top) // …and it did not move on screen
  await page.keyboard.press('ArrowDown')
  await expect(focused).toHaveAttribute('aria-rowindex', String(after.index + 1))
})

test('the row under the pointer stays under it while later pages merge in', async ({ page }) => {
  const { release } = await signInHeld(page, '/?sort=name')
  const row = bodyRows(page).nth(6)
  const before = await place(row)
  const box = await row.boundingBox()
  if (!box) throw new Error('row 7 is not on screen')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)

  release()
  await expect(countLine(page)).toHaveText('92 instances')
  const hovered = page.locator('tr[data-row-index]:hover')
  const after = await place(hovered)
  expect(after.name).toBe(before.name)
  expect(after.index).toBeGreaterThan(before.index)
  expect(after.top).toBe(before.top)
})

test('scrolled down, the rows in view stay in view while later pages merge in', async ({
  page,
}) => {
  await sim.configure({ pageCap: 30 })
  const pages = await holdLaterPages(page)
  await page.goto('/?sort=name')
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await expect(countLine(page)).toHaveText('30 of 92 loaded')
  const region = page.getByRole('region', { name: /Instances table/ })
  await region.evaluate((element) => (element.scrollTop = 52 * 10))
  const firstInView = page.locator('tr[data-row-index="10"]')
  const before = await place(firstInView)

  pages.release()
  await expect(countLine(page)).toHaveText('92 instances')
  const after = await place(bodyRows(page).filter({ hasText: before.name }))
  expect(after.index).toBeGreaterThan(before.index)
  expect(after.top).toBe(before.top)
})

test('with nothing held, the view keeps showing the top of the sort', async ({ page }) => {
  const { release } = await signInHeld(page, '/?sort=name')
  release()
  await expect(countLine(page)).toHaveText('92 instances')
  await expect(bodyRows(page).first()).toHaveAttribute('aria-rowindex', '2')
  await expect(bodyRows(page).first()).toBeInViewport()
})
