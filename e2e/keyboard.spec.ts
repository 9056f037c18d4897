import { expect, signInWithDemo, test } from './fixtures.ts'
import { bodyRows, countLine } from './locators.ts'
import { countWhere } from './sim-data.ts'

test('the first Tab stop skips to the instances', async ({ page }) => {
  await signInWithDemo(page)
  await page.locator('body').focus()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to instances' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(bodyRows(page).first()).toBeFocused()
  expect(new URL(page.url()).hash).toBe('')
})

test('Down or Enter in the search field moves into the results', async ({ page }) => {
  await signInWithDemo(page)
  await page.keyboard.press('/')
  await page.keyboard.type('gemma')
  await page.keyboard.press('ArrowDown')
  const first = bodyRows(page).first()
  await expect(first).toBeFocused()
  await expect(first).toContainText(/gemma/i)

  await page.keyboard.press('/')
  await page.keyboard.type('qwen')
  await page.keyboard.press('Enter')
  const qwen = countWhere((i) => i.instanceSpecInfo.name.includes('qwen'))
  await expect(countLine(page)).toHaveText(`${qwen} of 92 instances`)
  await expect(bodyRows(page).first()).toBeFocused()
})

test('? lists the keyboard shortcuts; Escape closes the list and focus returns', async ({
  page,
}) => {
  await signInWithDemo(page)
  await page.getByRole('button', { name: 'Refresh' }).focus()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Open the instance')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeFocused()

  await page.getByRole('searchbox', { name: 'Search' }).focus()
  await page.keyboard.press('?')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('?')
})

test('the drawer names its real keys', async ({ page }) => {
  await signInWithDemo(page)
  await bodyRows(page).nth(1).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('button', { name: /^Previous/ })).toHaveAttribute(
    'aria-keyshortcuts',
    'k',
  )
  await expect(dialog.getByRole('button', { name: /^Next/ })).toHaveAttribute(
    'aria-keyshortcuts',
    'j',
  )
})
