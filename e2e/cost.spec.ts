import type { Locator, Page } from '@playwright/test'
import { expectNoSeriousViolations } from './axe.ts'
import { expect, sim, signInWithDemo, test } from './fixtures.ts'
import { countLine } from './locators.ts'
import { hourlyOf, isRunning, money, nameOf, statusOf, type Raw } from './raw-expectations.ts'
import { DEFAULT_INSTANCES } from './sim-data.ts'

const HOUR = 3_600_000
const STOPPED = ['Stopped', 'Archived', 'Released']

/** Spend per hour of Running instances by a key, as the README's "Cost" section defines it. */
function spendBy(instances: Raw[], key: (raw: Raw) => string): Map<string, number> {
  const groups = new Map<string, number>()
  for (const raw of instances.filter(isRunning))
    groups.set(key(raw), (groups.get(key(raw)) ?? 0) + hourlyOf(raw))
  return groups
}

const gpuOf = (raw: Raw) => {
  const gpu = raw.instanceSpecInfo.instanceTypeInfo.gpu
  return gpu.amount > 0 ? gpu.type : 'CPU only'
}

function monthToDate(instances: Raw[], now: number): number {
  const date = new Date(now)
  const start = new Date(date.getFullYear(), date.getMonth(), 1).getTime()
  let total = 0
  for (const raw of instances) {
    const created = raw.instanceRuntimeInfo.createAtUnixMs
    const stopped = raw.instanceRuntimeInfo.stopTimestamp
    if (!created) continue
    const end = isRunning(raw) ? now : STOPPED.includes(statusOf(raw)) && stopped ? stopped : null
    if (end === null) continue
    const from = Math.max(created, start)
    if (end > from) total += (hourlyOf(raw) * (end - from)) / HOUR
  }
  return total
}

async function tableOf(figure: Locator): Promise<Map<string, number>> {
  const rows = await figure.getByRole('table').locator('tbody tr').all()
  const entries = await Promise.all(
    rows.map(async (row) => {
      const label = await row.getByRole('rowheader').innerText()
      return [label, money(await row.locator('td').nth(1).innerText())] as const
    }),
  )
  return new Map(entries)
}

function expectSameSpend(actual: Map<string, number>, expected: Map<string, number>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
  for (const [key, value] of expected) expect(actual.get(key)).toBeCloseTo(value, 2)
}

async function openCost(page: Page) {
  await page.getByRole('button', { name: 'Cost', exact: true }).click()
  const view = page.getByRole('dialog', { name: 'Cost' })
  await expect(view.getByRole('figure', { name: 'Spend by GPU type' })).toBeVisible()
  return view
}

test('the Cost view matches an independent computation over the simulator data', async ({
  page,
}) => {
  await signInWithDemo(page)
  const view = await openCost(page)
  const running = DEFAULT_INSTANCES.filter(isRunning)
  const burn = running.reduce((sum, raw) => sum + hourlyOf(raw), 0)
  const figures = view.getByRole('region', { name: 'Cost figures' })
  expect(
    money(
      await figures
        .getByText(/^\$[\d,.]+\/h$/)
        .first()
        .innerText(),
    ),
  ).toBeCloseTo(burn, 2)
  await expect(figures).toContainText(`${running.length} running instances`)

  for (const [name, key] of [
    ['Spend by GPU type', gpuOf],
    ['Spend by region', (raw: Raw) => raw.instanceSpecInfo.regionInfo.name],
  ] as const) {
    const figure = view.getByRole('figure', { name })
    await expect(figure.getByRole('img')).toHaveAccessibleName(new RegExp(`^${name}: `))
    expectSameSpend(await tableOf(figure), spendBy(DEFAULT_INSTANCES, key))
  }
  const modes = await tableOf(view.getByRole('figure', { name: 'Spend by charge mode' }))
  const byMode = spendBy(
    DEFAULT_INSTANCES,
    (raw) => raw.instanceSpecInfo.instanceBillingInfo.chargeMode,
  )
  expect(modes.get('Per month')).toBeCloseTo(byMode.get('perMonth') ?? Number.NaN, 2)
  expect(modes.get('Per hour, tide pricing')).toBeCloseTo(
    byMode.get('tidePerHour') ?? Number.NaN,
    2,
  )

  // Month to date and month end: estimates under the stated assumption (times move by the test's own run).
  const now = Date.now()
  const toDate = monthToDate(DEFAULT_INSTANCES, now)
  const date = new Date(now)
  const hoursLeft = (new Date(date.getFullYear(), date.getMonth() + 1, 1).getTime() - now) / HOUR
  const shown = (label: string) => figures.locator('div').filter({ hasText: label })
  await expect(shown('Month to date (estimate)')).toContainText('≈ $')
  expect(money(await shown('Month to date (estimate)').innerText())).toBeGreaterThan(toDate * 0.995)
  expect(money(await shown('Month to date (estimate)').innerText())).toBeLessThan(
    toDate * 1.005 + 1,
  )
  const end = money(await shown('Month-end estimate').innerText())
  expect(Math.abs(end - (toDate + burn * hoursLeft))).toBeLessThan(
    (toDate + burn * hoursLeft) * 0.005 + 1,
  )
  await expect(figures).toContainText('assumes everything running now keeps running')

  const top = [...running]
    .sort((a, b) => hourlyOf(b) - hourlyOf(a) || nameOf(a).localeCompare(nameOf(b)))
    .slice(0, 10)
  const links = view
    .getByRole('region', { name: 'Most expensive running instances' })
    .getByRole('link')
  await expect(links).toHaveText(top.map(nameOf))
  const first = top[0]
  if (!first) throw new Error('nothing running')
  await links.first().click()
  await expect(page).toHaveURL(new RegExp(`instance=${first.instanceMetadata.instanceId}`))
  await expect(page.getByRole('dialog', { name: nameOf(first) })).toBeVisible()
})

test('closing the Cost view returns focus to the Cost button', async ({ page }) => {
  await signInWithDemo(page)
  await openCost(page)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Cost' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Cost', exact: true })).toBeFocused()
})

test('the Cost view follows the current filters', async ({ page }) => {
  await signInWithDemo(page, '/?region=us-east-1')
  const view = await openCost(page)
  await expect(view).toContainText('that the filters show (Region: us-east-1)')
  const east = DEFAULT_INSTANCES.filter(
    (raw) => raw.instanceSpecInfo.regionInfo.name === 'us-east-1',
  )
  expectSameSpend(
    await tableOf(view.getByRole('figure', { name: 'Spend by GPU type' })),
    spendBy(east, gpuOf),
  )
  expectSameSpend(
    await tableOf(view.getByRole('figure', { name: 'Spend by region' })),
    spendBy(east, (raw) => raw.instanceSpecInfo.regionInfo.name),
  )
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the Cost view has no serious accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await signInWithDemo(page)
    await openCost(page)
    await expectNoSeriousViolations(page)
  })
}

test('on a phone the charts read at 12 px or more, and their counts read as the summary’s', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await sim.configure({ instances: 12_000 })
  await signInWithDemo(page)
  await expect(countLine(page)).toHaveText('12,000 instances', { timeout: 30_000 })
  const runningFigure = await page
    .getByRole('region', { name: 'Summary' })
    .getByRole('button', { name: /Running/ })
    .first()
    .innerText()
  const running = /^[\d,]+/.exec(runningFigure)?.[0] ?? ''
  expect(running).toMatch(/^\d{1,3}(,\d{3})+$/)

  await page.getByRole('button', { name: 'More' }).click()
  const view = await openCost(page)
  for (const name of ['Spend by GPU type', 'Spend by region', 'Spend by charge mode']) {
    const figure = view.getByRole('figure', { name })
    // Every piece of text in the chart and its table, as drawn on the screen.
    // Every piece of text in the chart and its table, as drawn: its font size, and the height
    // of its box on screen (an SVG scaled to fit a phone drew 13 px text 7 px tall).
    const drawn = await figure.evaluate((element) =>
      [...element.querySelectorAll('*')]
        .filter((node) =>
          [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent?.trim()),
        )
        .map((node) => ({
          text: node.textContent,
          size: parseFloat(getComputedStyle(node).fontSize),
          height: node.getBoundingClientRect().height,
        })),
    )
    expect(drawn.length).toBeGreaterThan(6)
    for (const { text, size, height } of drawn) {
      expect(size, text).toBeGreaterThanOrEqual(12)
      expect(height, text).toBeGreaterThanOrEqual(12)
    }
  }
  // The counts in the tables: grouped as the summary groups them, adding up to its figure.
  const counts = await view
    .getByRole('figure', { name: 'Spend by region' })
    .locator('tbody tr td:nth-child(2)')
    .allInnerTexts()
  for (const count of counts) expect(count).toMatch(/^\d{1,3}(,\d{3})*$/)
  expect(counts.some((count) => count.includes(','))).toBe(true)
  const sum = counts.reduce((total, count) => total + Number(count.replace(/,/g, '')), 0)
  expect(sum.toLocaleString('en-US')).toBe(running)
})
