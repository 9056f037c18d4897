import { mintToken } from '../sim/jwt.ts'
import { expect, sim, test } from './fixtures.ts'
import { bodyRows, countLine } from './locators.ts'

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
const inOneDay = () => Math.floor(Date.now() / 1000) + 86_400

/** A token HPC-AI did not issue: claims of our choosing; alg none has no signature at all. */
function forged(claims: Record<string, unknown>, alg = 'none'): string {
  const signature = alg === 'none' ? '' : 'c2lnbmF0dXJl'
  return `${base64url({ alg, typ: 'JWT' })}.${base64url({ exp: inOneDay(), ...claims })}.${signature}`
}

test.use({ allowedConsoleErrors: [/Failed to load resource/] })

test('a token issued by another service is called out by name, and used only when chosen', async ({
  page,
}) => {
  await page.goto('/')
  const token = forged(
    { sub: 'someone', iss: 'accounts.google.com', aud: 'grafana.example' },
    'RS256',
  )
  await page.getByLabel('Access token').fill(token)
  await expect(
    page.getByText(/^This token was issued by accounts.google.com, not HPC-AI/),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toContainText(
    "made for grafana.example, not HPC-AI's platform (platform.colossalai.com)",
  )
  expect((await sim.received()).filter((request) => request.path.startsWith('/api/'))).toEqual([])

  await page.getByRole('checkbox', { name: 'Use this token anyway' }).check()
  await page.getByRole('button', { name: 'Sign in' }).click()
  // The simulator takes any well-formed token, as the user chose to try it.
  await expect(countLine(page)).toHaveText('92 instances', { timeout: 20_000 })
})

test('after HPC-AI refuses a session, a forged token with its subject sees none of its instances', async ({
  page,
}) => {
  const subject = 'refused-user'
  await page.goto('/')
  await page.getByLabel('Access token').fill(mintToken({ subject }))
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(countLine(page)).toHaveText('92 instances', { timeout: 20_000 })

  await sim.configure({ revokedSubjects: [subject] })
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByLabel('Access token')).toBeVisible()

  // HPC-AI is now out of reach; a token that only claims the same subject (alg none, unsigned).
  await sim.configure({ faults: { dropConnection: true } })
  const token = forged({ sub: subject, iss: 'hpcaitech.com', aud: ['platform.colossalai.com'] })
  await page.getByLabel('Access token').fill(token)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert').first()).toContainText(/reach|answer/, { timeout: 20_000 })
  await expect(bodyRows(page)).toHaveCount(0)
  await expect(page.getByText('llama', { exact: false })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Export' })).toBeDisabled()
})
