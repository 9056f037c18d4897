import { chooseTheme, expect, signInWithDemo, test } from './fixtures.ts'

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor)

test('follows the system theme until the user picks one, then keeps the pick', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await signInWithDemo(page)
  const dark = await background(page)
  expect(dark).not.toBe('rgb(255, 255, 255)')

  // The theme is one of this device's settings, in the header's This device panel.
  await page.getByRole('button', { name: 'This device' }).click()
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system')
  await page.keyboard.press('Escape')
  await chooseTheme(page, 'light')
  expect(await background(page)).toBe('rgb(255, 255, 255)')

  await page.reload()
  await page.getByRole('button', { name: 'This device' }).click()
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light')
  expect(await background(page)).toBe('rgb(255, 255, 255)')
})

test('a chosen theme is applied before the app runs (no flash of the other one)', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.addInitScript(() => window.localStorage.setItem('hpcai.theme', 'dark'))
  await page.route('**/assets/*.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: '' }),
  )
  await page.goto('/')
  // The app's script never ran, yet the page is already dark.
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  expect(await background(page)).not.toBe('rgb(255, 255, 255)')
})
