import type { Page } from '@playwright/test'
import { expect, sim, test } from './fixtures.ts'
import { countLine } from './locators.ts'

const WIDTHS = [360, 390, 640, 768, 1024, 1280, 1440, 1920]
const summary = (page: Page) => page.getByRole('region', { name: 'Summary' })

/** Holds the first list request, and every later one, in the browser until each is released. */
async function holdPages(page: Page) {
  let releaseFirst: () => void = () => undefined
  let releaseRest: () => void = () => undefined
  const first = new Promise<void>((resolve) => (releaseFirst = resolve))
  const rest = new Promise<void>((resolve) => (releaseRest = resolve))
  await page.route('**/api/instance/list', async (route) => {
    const body = route.request().postDataJSON() as { pager: { currentPage: number } }
    await (body.pager.currentPage === 1 ? first : rest)
    await route.continue()
  })
  return { releaseFirst: () => releaseFirst(), releaseRest: () => releaseRest() }
}

/** The strip's box at each width, the page resized in turn (and back to the first width). */
async function boxes(page: Page): Promise<string[]> {
  const found: string[] = []
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 })
    const box = await summary(page).boundingBox()
    found.push(`${width}: ${box?.x},${box?.y} ${box?.width}×${box?.height}`)
  }
  return found
}

test('the summary keeps one size from the first frame to the last, 360 to 1920 px, with 5-digit counts and 6-digit spend', async ({
  page,
}) => {
  test.setTimeout(120_000)
  // Wide figures: about 12,000 running and half a million dollars an hour when all are in.
  await sim.configure({ instances: 20_000, priceScale: 10 })
  const pages = await holdPages(page)
  await page.goto('/')
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await expect(
    summary(page).getByRole('button', { name: 'Running not loaded yet', exact: true }),
  ).toBeVisible()
  const placeholders = await boxes(page)

  pages.releaseFirst()
  await expect(countLine(page)).toHaveText(/^[\d,]+ of 20,000 loaded$/)
  // Every figure that will change says so, to the eye and in its name.
  await expect(summary(page).getByText('so far', { exact: true })).toHaveCount(8)
  const spendSoFar = summary(page).getByRole('button', { name: /^\$[\d,.]+\/h so far Spend/ })
  await expect(spendSoFar).toBeVisible()
  await expect(summary(page).getByRole('button', { name: /^[\d,]+ so far Running/ })).toBeVisible()
  const partial = await boxes(page)

  pages.releaseRest()
  await expect(countLine(page)).toHaveText('20,000 instances', { timeout: 60_000 })
  await expect(summary(page).getByText('so far')).toHaveCount(0)
  const running = summary(page).getByRole('button', { name: /^\d{2},\d{3} Running/ })
  await expect(running).toBeVisible()
  await expect(
    summary(page).getByRole('button', { name: /^\$\d{3},\d{3}\.\d\d\/h Spend/ }),
  ).toBeVisible()
  const final = await boxes(page)

  expect(partial).toEqual(placeholders)
  expect(final).toEqual(placeholders)
  // Nothing in a figure is cut off: the widest value fits its track at the narrowest screen.
  await page.setViewportSize({ width: 360, height: 900 })
  for (const figure of await summary(page).getByRole('button').all()) {
    const fits = await figure.evaluate((element) => element.scrollWidth <= element.clientWidth)
    expect(fits, await figure.innerText()).toBe(true)
  }
})
