import type { Page } from '@playwright/test'
import { expect, signInWithDemo, test } from './fixtures.ts'
import { bodyRows, columnTexts, table } from './locators.ts'

/** The data columns' headers, left to right. */
const headerOrder = (page: Page) =>
  table(page)
    .locator('thead th[aria-sort]')
    .evaluateAll((headers) => headers.map((header) => header.getAttribute('aria-label')))

const header = (page: Page, name: string) =>
  table(page).getByRole('columnheader', { name, exact: true })
const widthOf = async (page: Page, name: string) =>
  Math.round((await header(page, name).boundingBox())?.width ?? 0)
const columns = async (page: Page) => {
  await page.getByRole('button', { name: 'Columns' }).click()
  return page.getByRole('group', { name: 'Columns' })
}

test('done when: resize and move a column by keyboard, reload, open the link in a fresh browser: same order and width', async ({
  page,
  browser,
}) => {
  await signInWithDemo(page)
  expect(await headerOrder(page)).toEqual([
    'Name',
    'Status',
    'GPU',
    'Price',
    'Region',
    'Disk',
    'In status for',
    'Created',
    'Stops',
  ])
  const before = await widthOf(page, 'Price')
  const edge = page.getByRole('separator', { name: 'Resize Price' })
  await edge.focus()
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight')
  await expect(edge).toHaveAttribute('aria-valuenow', String(before + 30))
  expect(await widthOf(page, 'Price')).toBe(before + 30)

  const menu = await columns(page)
  await menu.getByRole('button', { name: 'Move Price left' }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  const moved = ['Name', 'Price', 'Status', 'GPU', 'Region']
  expect((await headerOrder(page)).slice(0, 5)).toEqual(moved)
  await expect(page).toHaveURL(/cols=name\.price\.status\.gpu/)
  await expect(page).toHaveURL(new RegExp(`w=price${before + 30}`))

  await page.reload()
  await expect(bodyRows(page).first()).toBeVisible()
  expect((await headerOrder(page)).slice(0, 5)).toEqual(moved)
  expect(await widthOf(page, 'Price')).toBe(before + 30)

  // A fresh browser: nothing on the device, the link alone.
  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const other = await fresh.newPage()
  await signInWithDemo(other, page.url().replace(/^https?:\/\/[^/]+/, ''))
  expect((await headerOrder(other)).slice(0, 5)).toEqual(moved)
  expect(await widthOf(other, 'Price')).toBe(before + 30)
  await fresh.close()

  // Home gives the column its default width back.
  await edge.focus()
  await page.keyboard.press('Home')
  await expect(edge).toHaveAttribute('aria-valuenow', String(before))
  await expect(page).not.toHaveURL(/w=/)
})

test('a header dragged onto another moves there; its edge dragged resizes it without sorting', async ({
  page,
}) => {
  await signInWithDemo(page)
  await header(page, 'Region').dragTo(header(page, 'Status'))
  expect((await headerOrder(page)).slice(0, 4)).toEqual(['Name', 'Region', 'Status', 'GPU'])

  const before = await widthOf(page, 'GPU')
  const box = await page.getByRole('separator', { name: 'Resize GPU' }).boundingBox()
  if (!box) throw new Error('no resize edge')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + 60, box.y + box.height / 2, { steps: 5 })
  await page.mouse.up()
  await expect.poll(() => widthOf(page, 'GPU')).toBeGreaterThan(before + 40)
  await expect(header(page, 'GPU')).toHaveAttribute('aria-sort', 'none')
  // Kept on this device: a bare address opens with it.
  await page.goto('/')
  await expect(bodyRows(page).first()).toBeVisible()
  expect((await headerOrder(page)).slice(0, 4)).toEqual(['Name', 'Region', 'Status', 'GPU'])
  expect(await widthOf(page, 'GPU')).toBeGreaterThan(before + 40)
})

test('pinned columns stay put while the rest scroll under them, and never cover another', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 800 })
  await signInWithDemo(page)
  const scroller = page.getByRole('region', { name: /Instances table/ })
  // Unscrolled, the pinned Name column ends where Status begins.
  const name = await header(page, 'Name').boundingBox()
  const status = await header(page, 'Status').boundingBox()
  expect(Math.round((name?.x ?? 0) + (name?.width ?? 0))).toBe(Math.round(status?.x ?? -1))

  const menu = await columns(page)
  await menu.getByRole('button', { name: 'Pin Price' }).click()
  await expect(menu.getByRole('button', { name: 'Pin Price' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.keyboard.press('Escape')
  expect((await headerOrder(page)).slice(0, 3)).toEqual(['Name', 'Price', 'Status'])
  await expect(page).toHaveURL(/pin=name\.price/)

  const priceBefore = await header(page, 'Price').boundingBox()
  await scroller.evaluate((element) => (element.scrollLeft = 300))
  await expect(page.locator('.table-frame')).toHaveAttribute('data-scrolled-x', '')
  const priceAfter = await header(page, 'Price').boundingBox()
  expect(priceAfter?.x).toBe(priceBefore?.x)
  // Over the pinned cells, the pinned cells are what is there (opaque), not what scrolled under.
  const cell = bodyRows(page).first().locator('td').nth(2)
  const point = await cell.boundingBox()
  const hit = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('td')?.cellIndex,
    { x: (point?.x ?? 0) + 10, y: (point?.y ?? 0) + 10 },
  )
  expect(hit).toBe(2)

  // Unpinned, Name scrolls away with the others.
  await (await columns(page)).getByRole('button', { name: 'Pin Name' }).click()
  await page.keyboard.press('Escape')
  await scroller.evaluate((element) => (element.scrollLeft = 300))
  expect((await header(page, 'Name').boundingBox())?.x ?? 0).toBeLessThan(0)
})

test('compact density fits at least a third more rows and is remembered; Reset columns restores the defaults', async ({
  page,
}) => {
  await signInWithDemo(page, '/?cols=name.cpu.status&pin=')
  const scroller = page.getByRole('region', { name: /Instances table/ })
  const rowsInView = () =>
    scroller.evaluate((element) => {
      const view = element.getBoundingClientRect()
      return [...element.querySelectorAll('tbody tr[data-row-index]')].filter((row) => {
        const box = row.getBoundingClientRect()
        return box.top >= view.top && box.bottom <= view.bottom
      }).length
    })
  const comfortable = await rowsInView()
  const menu = await columns(page)
  await menu.getByRole('radio', { name: 'Compact' }).check()
  // 36 px: the height tailwind.config.ts gives h-row-compact (it is read, or the class draws nothing).
  await expect(bodyRows(page).first()).toHaveCSS('height', '36px')
  const compact = await rowsInView()
  expect(compact * 3).toBeGreaterThanOrEqual(comfortable * 4)

  await menu.getByRole('button', { name: 'Reset columns' }).click()
  await expect(page).not.toHaveURL(/cols=|pin=|w=/)
  expect(await headerOrder(page)).toHaveLength(9)
  await page.reload()
  await expect(bodyRows(page).first()).toHaveCSS('height', '36px')
})

test('an old link with hidden columns opens with the columns it showed then', async ({ page }) => {
  await signInWithDemo(page, '/?hide=memory&hide=disk&hide=stops')
  expect(await headerOrder(page)).toEqual([
    'Name',
    'Status',
    'GPU',
    'CPU cores',
    'Region',
    'Price',
    'Created',
    'In status for',
  ])
})

test('Spend so far, an estimate, can be shown and sorts by what each instance has cost', async ({
  page,
}) => {
  await signInWithDemo(page)
  const menu = await columns(page)
  await menu.getByRole('checkbox', { name: 'Spend so far' }).check()
  await page.keyboard.press('Escape')
  await header(page, 'Spend so far').click()
  await expect(header(page, 'Spend so far')).toHaveAttribute('aria-sort', 'descending')
  const spent = (await columnTexts(page, 'Spend so far'))
    .map((text) => Number(/\$([\d,.]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? Number.NaN))
    .filter(Number.isFinite)
  expect(spent.length).toBeGreaterThan(5)
  expect(spent).toEqual([...spent].sort((a, b) => b - a))
  expect(spent[0]).toBeGreaterThan(spent.at(-1) ?? 0)
})

test('a saved view carries its columns, widths, pinning and density', async ({ page }) => {
  await signInWithDemo(page, '/?cols=name.price.status&w=price200&pin=name.price&density=compact')
  await expect(bodyRows(page).first()).toHaveCSS('height', '36px')
  await page.getByRole('button', { name: 'Save view' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save view' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Money first')
  await dialog.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(dialog).toBeHidden()

  await (await columns(page)).getByRole('button', { name: 'Reset columns' }).click()
  await page.getByRole('radio', { name: 'Comfortable' }).check()
  await page.keyboard.press('Escape')
  await expect(bodyRows(page).first()).toHaveCSS('height', '52px')
  expect(await headerOrder(page)).toHaveLength(9)

  await page.getByRole('button', { name: 'Views' }).click()
  await page.getByRole('menuitem', { name: 'Money first', exact: true }).click()
  expect(await headerOrder(page)).toEqual(['Name', 'Price', 'Status'])
  expect(await widthOf(page, 'Price')).toBe(200)
  await expect(bodyRows(page).first()).toHaveCSS('height', '36px')
  await expect(page).toHaveURL(/pin=name\.price/)
})

test('a 1440x900 laptop shows every default column without scrolling sideways; at 1024 Name, Status, GPU and Price are in view', async ({
  page,
}) => {
  await signInWithDemo(page)
  const scroller = page.getByRole('region', { name: /Instances table/ })
  const sideways = () => scroller.evaluate((element) => element.scrollWidth - element.clientWidth)
  expect(await sideways()).toBeLessThanOrEqual(0)
  await expect(page.locator('[data-testid="more-columns-cue"]')).toBeHidden()
  // Each default column's figures fit it: no disk percentage ends in an ellipsis.
  const diskColumn = (await headerOrder(page)).indexOf('Disk')
  const cutDisks = await bodyRows(page).evaluateAll(
    (rows, column) =>
      rows
        .map((row) => row.querySelectorAll('td')[column + 1])
        .filter((cell) => cell && cell.scrollWidth > cell.clientWidth).length,
    diskColumn,
  )
  expect(cutDisks).toBe(0)

  await page.setViewportSize({ width: 1024, height: 768 })
  const view = await scroller.boundingBox()
  for (const name of ['Name', 'Status', 'GPU', 'Price']) {
    const box = await header(page, name).boundingBox()
    expect(box, name).not.toBeNull()
    expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(
      (view?.x ?? 0) + (view?.width ?? 0),
    )
  }
  await expect(page.locator('[data-testid="more-columns-cue"]')).toBeVisible()
})
