import { expectNoSeriousViolations } from './axe.ts'
import { expect, sim, signInWithDemo, test } from './fixtures.ts'
import { bodyRows } from './locators.ts'
import { checkbox, confirmDialog, INSTANCES, selectionBar, stopRequests } from './stops.ts'

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
const selectAll = (page: import('@playwright/test').Page) =>
  page.getByRole('checkbox', { name: 'Select all shown instances' })

test('the selection survives sort, filter and refresh, never enters the URL, and is cleared on sign out', async ({
  page,
}) => {
  const [first, second] = INSTANCES.filter((instance) => instance.name.includes('mistral'))
  if (!first || !second) throw new Error('two mistral instances expected')
  await signInWithDemo(page, '/?q=mistral')
  await checkbox(page, first.name).check()
  await checkbox(page, second.name).check()
  await expect(selectionBar(page)).toContainText('2 selected')
  await expect(selectAll(page)).toBeChecked({ indeterminate: true })

  await page.getByRole('columnheader', { name: 'Name' }).click()
  await expect(checkbox(page, first.name)).toBeChecked()
  await expect(checkbox(page, second.name)).toBeChecked()

  await page.getByRole('searchbox', { name: 'Search' }).fill(first.name)
  await expect(checkbox(page, second.name)).toHaveCount(0)
  await expect(selectionBar(page)).toContainText('2 selected')
  await expect(selectionBar(page)).toContainText('1 not shown by the filters')
  await expect(selectAll(page)).toBeChecked()
  await page.getByRole('searchbox', { name: 'Search' }).fill('mistral')
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByRole('button', { name: 'Refresh' })).toHaveAttribute('aria-busy', 'false')
  await expect(checkbox(page, second.name)).toBeChecked()
  expect(page.url()).not.toContain(first.id)
  expect(page.url()).not.toContain('select')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await expect(checkbox(page, first.name)).not.toBeChecked()
  await expect(selectionBar(page)).toHaveCount(0)
})

test('Shift-click selects a range; Space on a focused row toggles it, Shift+Space a range', async ({
  page,
}) => {
  const whisper = INSTANCES.filter((instance) => instance.name.includes('whisper')).sort(byName)
  await signInWithDemo(page, '/?q=whisper&sort=name')
  const names = whisper.map((instance) => instance.name)
  await checkbox(page, names[1] ?? '').click()
  await checkbox(page, names[4] ?? '').click({ modifiers: ['Shift'] })
  for (const name of names.slice(1, 5)) await expect(checkbox(page, name)).toBeChecked()
  await expect(checkbox(page, names[0] ?? '')).not.toBeChecked()
  await expect(selectionBar(page)).toContainText('4 selected')

  // From the search field into the rows, then Space, arrows and Shift+Space.
  await page.getByRole('searchbox', { name: 'Search' }).press('ArrowDown')
  const rows = bodyRows(page)
  await expect(rows.first()).toBeFocused()
  await page.keyboard.press('Space')
  await expect(checkbox(page, names[0] ?? '')).toBeChecked()
  await page.keyboard.press('Space')
  await expect(checkbox(page, names[0] ?? '')).not.toBeChecked()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Shift+Space')
  for (const name of names.slice(6, 9)) await expect(checkbox(page, name)).toBeChecked()
  await expect(selectionBar(page)).toContainText('7 selected')
  // Space selected; it opened nothing and scrolled nothing.
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('focus returns where it was after the confirmation; the bar and dialog pass axe in both themes', async ({
  page,
}) => {
  const [one, two] = INSTANCES.filter((instance) => instance.name.includes('gemma'))
  if (!one || !two) throw new Error('two gemma instances expected')
  await signInWithDemo(page, '/?q=gemma')
  await checkbox(page, one.name).check()
  await checkbox(page, two.name).check()
  const stop = selectionBar(page).getByRole('button', { name: 'Stop 2 instances' })
  await stop.click()
  await confirmDialog(page).getByRole('button', { name: 'Cancel' }).click()
  await expect(stop).toBeFocused()
  await stop.press('Enter')
  await expect(confirmDialog(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(confirmDialog(page)).toBeHidden()
  await expect(stop).toBeFocused()
  expect(stopRequests(await sim.received())).toEqual([])

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await expectNoSeriousViolations(page)
    await stop.click()
    await expectNoSeriousViolations(page)
    await page.keyboard.press('Escape')
  }
  await selectionBar(page).getByRole('button', { name: 'Clear selection' }).click()
  await expect(selectionBar(page)).toHaveCount(0)
  await expect(checkbox(page, one.name)).not.toBeChecked()
})

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`three rows ticked where they stood are the three selected: nothing moves under the pointer (${viewport.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    await signInWithDemo(page)
    const rows = bodyRows(page)
    await expect(rows.nth(3)).toBeVisible()
    const targets = await Promise.all(
      [0, 1, 2].map(async (index) => {
        const box = await rows.nth(index).locator('input[type="checkbox"]').boundingBox()
        if (!box) throw new Error(`no checkbox in row ${index}`)
        const name = await rows
          .nth(index)
          .locator('input[type="checkbox"]')
          .getAttribute('aria-label')
        return { x: box.x + box.width / 2, y: box.y + box.height / 2, name }
      }),
    )
    const firstRowTop = (await rows.first().boundingBox())?.y
    // Clicks at the coordinates first seen, each after the page has reacted to the one before.
    for (const [index, target] of targets.entries()) {
      await page.mouse.click(target.x, target.y)
      await expect(selectionBar(page)).toContainText(`${index + 1} selected`)
    }
    for (const target of targets)
      await expect(page.getByRole('checkbox', { name: target.name ?? '' })).toBeChecked()
    expect((await rows.first().boundingBox())?.y).toBe(firstRowTop)
  })
}
