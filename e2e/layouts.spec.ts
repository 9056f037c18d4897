import type { Locator, Page } from '@playwright/test'
import { expectNoSeriousViolations } from './axe.ts'
import { expect, signInWithDemo, test } from './fixtures.ts'
import { bodyRows, countLine, table } from './locators.ts'
import { countWhere } from './sim-data.ts'
import { selectionBar } from './stops.ts'

const PHONE = { width: 390, height: 844 }
const scroller = (page: Page) => page.locator('#instances')
const cue = (page: Page) => page.getByTestId('more-columns-cue')
/** Each card's name: the first titled text of its card cell. */
const cardNames = (cards: Element[]) =>
  cards.map((card) => card.querySelector('td:nth-child(2) [title]')?.textContent ?? '')
const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

async function box(locator: Locator) {
  const found = await locator.boundingBox()
  if (!found) throw new Error('element has no box')
  return found
}

/** The cards wholly inside both the viewport and the list's own scroll box. */
async function fullyVisibleCards(page: Page): Promise<number> {
  const list = await box(scroller(page))
  const height = page.viewportSize()?.height ?? 0
  let count = 0
  for (const card of await bodyRows(page).all()) {
    const { y, height: h } = await box(card)
    if (y >= list.y && y + h <= Math.min(list.y + list.height, height)) count += 1
  }
  return count
}

test('at 1024 px the checkbox and Name columns stay put while the rest scroll, with a cue for more', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 })
  await signInWithDemo(page)
  const name = table(page).getByRole('columnheader', { name: 'Name' })
  const gpu = table(page).getByRole('columnheader', { name: 'GPU' })
  const firstName = bodyRows(page).first().locator('td').nth(1)
  const before = { name: await box(name), gpu: await box(gpu), cell: await box(firstName) }
  await expect(cue(page)).toBeVisible()

  await scroller(page).hover({ position: { x: 500, y: 200 } })
  await page.mouse.wheel(300, 0)
  await expect.poll(() => scroller(page).evaluate((element) => element.scrollLeft)).toBe(300)
  expect((await box(name)).x).toBe(before.name.x)
  expect((await box(firstName)).x).toBe(before.cell.x)
  expect((await box(gpu)).x).toBeLessThan(before.gpu.x)
  // The sticky cell is on top (opaque), not the Status cell scrolled under it.
  const onTop = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('td')?.cellIndex,
    { x: before.cell.x + before.cell.width - 4, y: before.cell.y + before.cell.height / 2 },
  )
  expect(onTop).toBe(1)
  await expect(cue(page)).toBeVisible()

  // The cue takes no click: the row under it opens.
  const row = await box(bodyRows(page).nth(2))
  const edge = await box(cue(page))
  await page.mouse.click(edge.x + edge.width / 2, row.y + row.height / 2)
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)

  await scroller(page).evaluate((element) => element.scrollTo({ left: element.scrollWidth }))
  await expect(cue(page)).toBeHidden()
  expect((await box(name)).x).toBe(before.name.x)
  expect(await pageScrollsSideways(page)).toBe(false)
})

test('on a 390x844 phone the instances are cards: five in view, sorted, filtered, selected and opened as on a desktop', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  await signInWithDemo(page)
  const cards = bodyRows(page)
  // The kit that draws the cards loads right after the first paint.
  await expect(cards.first()).toHaveCSS('height', '92px')
  expect(await fullyVisibleCards(page)).toBeGreaterThanOrEqual(5)
  await expect(table(page).getByRole('columnheader', { name: 'GPU' })).toHaveCount(0)
  // A charge by the month shows its hourly equivalent too, as the Price column does.
  await expect(cards.filter({ hasText: '/ month' }).first()).toContainText(/≈ \$[\d.,]+\/h/)

  // Sort: a labelled select and the direction, in the URL as on a desktop.
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('name')
  await expect(page).toHaveURL(/sort=name/)
  const firstNames = async () => (await cards.evaluateAll(cardNames)).slice(0, 5)
  const ascending = await firstNames()
  expect(ascending).toEqual(
    [...ascending].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })),
  )
  await page.getByRole('button', { name: 'Ascending' }).click()
  await expect(page).toHaveURL(/sort=-name/)
  await expect(page.getByRole('button', { name: 'Descending' })).toBeVisible()
  expect(await firstNames()).not.toEqual(ascending)

  // Filters: behind one button that counts what they apply.
  const filters = page.getByRole('button', { name: /^Filters( \d+)?$/ })
  await expect(page.getByRole('button', { name: 'Status', exact: true })).toBeHidden()
  await filters.click()
  await expect(filters).toHaveAttribute('aria-expanded', 'true')
  await page.getByRole('button', { name: 'Status', exact: true }).click()
  await page.getByRole('checkbox', { name: 'Running', exact: true }).check()
  await expect(page).toHaveURL(/status=Running/)
  const running = countWhere((i) => i.instanceRuntimeInfo.status === 'Running')
  await expect(countLine(page)).toHaveText(`${running} of 92 instances`)
  await page.keyboard.press('Escape')
  await filters.click()
  await expect(page.getByRole('button', { name: 'Filters 1' })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  expect(await fullyVisibleCards(page)).toBeGreaterThanOrEqual(5)

  // Selection: the card's own checkbox, and the header's.
  const [firstName] = await cards.evaluateAll(cardNames)
  await page.getByRole('checkbox', { name: `Select ${firstName}`, exact: true }).check()
  await expect(selectionBar(page)).toContainText('1 selected')
  await expect(page.getByRole('dialog')).toHaveCount(0)

  // Keyboard: arrows move between cards, Enter opens one.
  await scroller(page).focus()
  await page.keyboard.press('ArrowDown')
  await expect(cards.first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(cards.nth(1)).toBeFocused()
  const [, secondName = ''] = await cards.evaluateAll(cardNames)
  await page.keyboard.press('Enter')

  // The drawer is a full-screen sheet whose title is whole and Close in reach.
  const drawer = page.getByRole('dialog', { name: secondName })
  await expect(drawer).toBeVisible()
  expect(await box(drawer)).toEqual({ x: 0, y: 0, ...PHONE })
  const title = drawer.getByRole('heading', { name: secondName })
  expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
  await expect(drawer.getByRole('button', { name: 'Close' })).toBeInViewport()
  expect(await pageScrollsSideways(page)).toBe(false)
  await drawer.getByRole('button', { name: 'Close' }).click()
  await expect(drawer).toHaveCount(0)
  await expect(cards.nth(1)).toBeFocused()

  // A card opens on a tap too.
  await cards.nth(2).click()
  await expect(page.getByRole('dialog')).toBeVisible()
})

test('on a phone the header tools are behind More, every one reachable by its name, and axe stays clean', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  await signInWithDemo(page)
  await expect(bodyRows(page).first()).toHaveCSS('height', '92px')
  const more = page.getByRole('button', { name: 'More', exact: true })
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden()
  await expectNoSeriousViolations(page)
  await more.click()
  await expect(more).toHaveAttribute('aria-expanded', 'true')
  for (const name of ['Activity', 'Changes', 'Cost', 'Keyboard shortcuts', 'Sign out'])
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'This device', exact: true }).click()
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('combobox', { name: 'Auto-refresh' })).toBeVisible()
  const filters = page.getByRole('button', { name: 'Filters', exact: true })
  await filters.click()
  await expect(page.getByRole('button', { name: 'Attention', exact: true })).toBeVisible()
  expect(await pageScrollsSideways(page)).toBe(false)
  await expectNoSeriousViolations(page)

  // Escape inside an open panel closes it and leaves focus on the button that opened it.
  await page.getByRole('button', { name: 'Attention', exact: true }).focus()
  await page.keyboard.press('Escape')
  await expect(filters).toHaveAttribute('aria-expanded', 'false')
  await expect(filters).toBeFocused()
  await page.getByRole('button', { name: 'Sign out' }).focus()
  await page.keyboard.press('Escape')
  await expect(more).toHaveAttribute('aria-expanded', 'false')
  await expect(more).toBeFocused()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden()
})

test('no page scrolls sideways from 360 px up: token screen, dashboard, drawer', async ({
  page,
}) => {
  const widths = [360, 390, 768, 1024, 1440]
  await page.goto('/')
  await expect(page.getByLabel('Access token')).toBeVisible()
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 })
    expect(await pageScrollsSideways(page), `token screen at ${width} px`).toBe(false)
  }
  await signInWithDemo(page)
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 })
    await expect(bodyRows(page).first()).toHaveCSS('height', width < 768 ? '92px' : '52px')
    expect(await pageScrollsSideways(page), `dashboard at ${width} px`).toBe(false)
    await bodyRows(page).first().click()
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await pageScrollsSideways(page), `drawer at ${width} px`).toBe(false)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  }
})
