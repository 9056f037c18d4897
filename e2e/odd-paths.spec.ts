import { APP_PORT } from './ports.ts'
import { expect, signInWithDemo, test } from './fixtures.ts'
import { countLine } from './locators.ts'

test('signed in at a //host/ path, search and filters still work and stay on this origin', async ({
  page,
}) => {
  const origin = `http://127.0.0.1:${APP_PORT}`
  await signInWithDemo(page, `${origin}//evil.example/`)
  await page.getByRole('searchbox', { name: 'Search' }).fill('llama')
  await expect(countLine(page)).toHaveText(/^\d+ of 92 instances$/)
  await expect(page).toHaveURL(`${origin}/evil.example/?q=llama`)
  await page.getByRole('searchbox', { name: 'Search' }).fill('')
  await expect(countLine(page)).toHaveText('92 instances')
  await page.getByRole('button', { name: 'Status', exact: true }).click()
  await page.getByRole('checkbox', { name: 'Running', exact: true }).check()
  await expect(countLine(page)).toHaveText(/^\d+ of 92 instances$/)
  await expect(page).toHaveURL(`${origin}/evil.example/?status=Running`)
})
