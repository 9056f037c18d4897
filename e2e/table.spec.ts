import { expect, sim, signInWithDemo, test } from './fixtures.ts'
import { bodyRows, columnTexts, countLine, table } from './locators.ts'
import { isUnhealthy } from './raw-expectations.ts'
import { countWhere } from './sim-data.ts'

const hourly = (text: string) =>
  Number(/\$([\d,.]+)\/h/.exec(text)?.[1]?.replace(/,/g, '') ?? Number.NaN)
test('sorts by price, highest first, then lowest first', async ({ page }) => {
  await signInWithDemo(page)
  const price = table(page).getByRole('columnheader', { name: 'Price' })
  await price.click()
  await expect(price).toHaveAttribute('aria-sort', 'descending')
  await expect(page).toHaveURL(/sort=-price/)
  const desc = (await columnTexts(page, 'Price')).map(hourly).filter(Number.isFinite)
  expect(desc.length).toBeGreaterThan(5)
  expect(desc).toEqual([...desc].sort((a, b) => b - a))

  await price.click()
  await expect(price).toHaveAttribute('aria-sort', 'ascending')
  const asc = (await columnTexts(page, 'Price')).map(hourly).filter(Number.isFinite)
  expect(asc).toEqual([...asc].sort((a, b) => a - b))
  expect(asc[0]).toBeLessThan(desc[0] ?? 0)
})

test('search filters by name as you type and lands in the URL', async ({ page }) => {
  await signInWithDemo(page)
  const expected = countWhere(
    (i) =>
      i.instanceSpecInfo.name.includes('gemma') ||
      i.instanceSpecInfo.imageInfo.name.includes('gemma'),
  )
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused()
  await page.keyboard.type('gemma')
  await expect(countLine(page)).toHaveText(`${expected} of 92 instances`)
  await expect(page).toHaveURL(/q=gemma/)
  for (const name of await columnTexts(page, 'Name')) expect(name.toLowerCase()).toContain('gemma')
})

test('each facet filters the table with counts that match the data', async ({ page }) => {
  await signInWithDemo(page)
  const facets = [
    {
      button: 'Status',
      option: 'Running',
      count: countWhere((i) => i.instanceRuntimeInfo.status === 'Running'),
      url: 'status=Running',
    },
    {
      button: 'Region',
      option: 'asia-hk-2',
      count: countWhere((i) => i.instanceSpecInfo.regionInfo.name === 'asia-hk-2'),
      url: 'region=asia-hk-2',
    },
    {
      button: 'GPU type',
      option: 'CPU only',
      count: countWhere((i) => i.instanceSpecInfo.instanceTypeInfo.gpu.amount === 0),
      url: 'gpu=cpu',
    },
    {
      button: 'Health',
      option: 'Unhealthy',
      count: countWhere(isUnhealthy),
      url: 'health=unhealthy',
    },
    {
      button: 'Billing',
      option: 'Spot',
      count: countWhere((i) => i.instanceSpecInfo.isSpotInstance),
      url: 'billing=spot',
    },
  ]
  for (const facet of facets) {
    await page.getByRole('button', { name: facet.button, exact: true }).click()
    const option = page.getByRole('checkbox', { name: facet.option, exact: true })
    await expect(option).toHaveAccessibleDescription(
      `${facet.count} ${facet.count === 1 ? 'instance' : 'instances'}`,
    )
    await option.check()
    await expect(countLine(page)).toHaveText(`${facet.count} of 92 instances`)
    await expect(page).toHaveURL(new RegExp(facet.url))
    await page.keyboard.press('Escape')
    await expect(page.getByRole('button', { name: facet.button, exact: true })).toBeFocused()
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(countLine(page)).toHaveText('92 instances')
  }
})

for (const width of [1440, 1024]) {
  test(`a summary figure applies its filter, at ${width} px with no reflow`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await signInWithDemo(page)
    const unhealthy = countWhere(isUnhealthy)
    const toolbar = page.getByRole('toolbar', { name: 'Filters' })
    const columns = page.getByRole('button', { name: 'Columns' })
    const before = { toolbar: await toolbar.boundingBox(), columns: await columns.boundingBox() }
    await page
      .getByRole('region', { name: 'Summary' })
      .getByRole('button', { name: /Unhealthy/ })
      .click()
    await expect(countLine(page)).toHaveText(`${unhealthy} of 92 instances`)
    // Clear filters shows in the place kept for it: the toolbar does not reflow.
    await expect(page.getByRole('button', { name: 'Clear filters' })).toBeVisible()
    expect(await toolbar.boundingBox()).toEqual(before.toolbar)
    expect(await columns.boundingBox()).toEqual(before.columns)
    // Cleared from the keyboard, focus stays in the toolbar (the button hides itself).
    await page.getByRole('button', { name: 'Clear filters' }).focus()
    await page.keyboard.press('Enter')
    await expect(countLine(page)).toHaveText('92 instances')
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused()
  })
}

test('no match keeps the headers and names each filter, removable; an empty account links the console', async ({
  page,
}) => {
  await signInWithDemo(page, '/?q=no-such-instance-anywhere&status=Running')
  await expect(page.getByText('No instances match')).toBeVisible()
  await expect(table(page).getByRole('columnheader', { name: 'Name' })).toBeVisible()
  const filters = page.getByRole('list', { name: 'Active filters' })
  await expect(filters.getByRole('button')).toHaveText([
    /Search: “no-such-instance-anywhere”/,
    /Status: Running/,
  ])
  await filters.getByRole('button', { name: /Remove filter Search/ }).click()
  const running = countWhere((i) => i.instanceRuntimeInfo.status === 'Running')
  await expect(countLine(page)).toHaveText(`${running} of 92 instances`)
  await expect(page).toHaveURL(/\?status=Running$/)

  await page.getByRole('searchbox', { name: 'Search' }).fill('still-nothing')
  await expect(page.getByText('No instances match')).toBeVisible()
  await page
    .getByRole('region', { name: /Instances table/ })
    .getByRole('button', { name: 'Clear filters' })
    .click()
  await expect(countLine(page)).toHaveText('92 instances')

  await sim.configure({ instances: 0 })
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByText('No instances', { exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'HPC-AI console' })).toHaveAttribute(
    'href',
    'https://hpc-ai.com',
  )
})

test('keyboard: arrows move between rows, End and Home jump', async ({ page }) => {
  await signInWithDemo(page)
  // Focus, not click: a click opens the drawer, which takes focus once its code has loaded.
  await bodyRows(page).first().focus()
  await page.keyboard.press('ArrowDown')
  await expect(bodyRows(page).nth(1)).toBeFocused()
  await page.keyboard.press('End')
  await expect(page.locator('tr[data-row-index="91"]')).toBeFocused()
  await page.keyboard.press('Home')
  await expect(page.locator('tr[data-row-index="0"]')).toBeFocused()
})

test('the column menu hides and shows columns, and the URL keeps it', async ({ page }) => {
  await signInWithDemo(page)
  const header = (name: string) => table(page).getByRole('columnheader', { name, exact: true })
  await expect(header('CPU cores')).toHaveCount(0)
  await page.getByRole('button', { name: 'Columns' }).click()
  await page.getByRole('checkbox', { name: 'Disk' }).uncheck()
  await page.getByRole('checkbox', { name: 'CPU cores' }).check()
  await expect(header('Disk')).toHaveCount(0)
  await expect(page).toHaveURL(/cols=name\.status\.gpu\.price\.region\.since\.created\.stops\.cpu/)
  await page.reload()
  await expect(header('Disk')).toHaveCount(0)
  await expect(header('CPU cores')).toHaveCount(1)
  await page.getByRole('button', { name: 'Columns' }).click()
  await page.getByRole('checkbox', { name: 'Disk' }).check()
  await expect(header('Disk')).toHaveCount(1)
})

for (const width of [1440, 1024]) {
  test(`while pages load at ${width} px: placeholders until page 1, then its rows and "k of n loaded"`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    // Two pages, each 2 s apart: each state lasts long enough to be seen on a busy machine.
    await sim.configure({ pageCap: 50, latencyMs: 2_000 })
    await page.goto('/')
    await page.getByRole('button', { name: 'Use demo token' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Loading instances…' })).toBeAttached()
    await expect(countLine(page)).toHaveText('Loading…')
    // The summary holds its place while its figures are unknown: nothing below it jumps.
    const summary = page.getByRole('region', { name: 'Summary' })
    await expect(
      summary.getByRole('button', { name: 'Running not loaded yet', exact: true }),
    ).toBeVisible()
    const before = await summary.boundingBox()
    await expect(countLine(page)).toHaveText('50 of 92 loaded')
    await expect(
      summary.getByRole('button', { name: /^\d+ so far Running/ }),
    ).toHaveAccessibleDescription('Figures so far: 50 of 92 loaded')
    expect(await summary.boundingBox()).toEqual(before)
    await expect(bodyRows(page).first()).toBeVisible()
    await expect(countLine(page)).toHaveText('92 instances', { timeout: 10_000 })
  })
}

test('the auto-refresh interval is remembered on this device', async ({ page }) => {
  await signInWithDemo(page)
  const interval = page.getByLabel('Auto-refresh')
  await expect(interval).toHaveValue('30000')
  await interval.selectOption({ label: '10 s' })
  await page.reload()
  await expect(page.getByLabel('Auto-refresh')).toHaveValue('10000')
})
