import { mintToken } from '../sim/jwt.ts'
import { expect, sim, signInWithDemo, test } from './fixtures.ts'

test('the demo token signs in and shows all 92 instances', async ({ page }) => {
  await signInWithDemo(page)
  await expect(page.getByText('92 instances', { exact: true })).toBeVisible()
  const table = page.getByRole('table', { name: 'Instances' })
  await expect(table.getByRole('row').nth(1)).toContainText(/Failed|Running/)
})

test('a token that HPC-AI refuses brings back the token screen with its message', async ({
  page,
}) => {
  await sim.configure({ revokedSubjects: ['revoked-user'] })
  await page.goto('/')
  await page.getByLabel('Access token').fill(mintToken({ subject: 'revoked-user' }))
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'Not logged in or login expired, please log in again',
  )
  await expect(page.getByLabel('Access token')).toBeVisible()
})

test('an expired token is refused before anything is sent', async ({ page }) => {
  await page.goto('/')
  await page
    .getByLabel('Access token')
    .fill(mintToken({ issuedAt: 1_700_000_000, lifetimeSeconds: 86_400 }))
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toContainText('This token expired at')
  expect(await sim.received()).toEqual([])
})
