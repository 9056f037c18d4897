import type { Page } from '@playwright/test'
import { mintToken } from '../sim/jwt.ts'
import { countLine } from './locators.ts'
import { expect, sim, signInWithDemo, test } from './fixtures.ts'

async function storedValues(page: Page): Promise<{ local: string; session: string }> {
  return page.evaluate(() => ({
    local: JSON.stringify(Object.entries(window.localStorage)),
    session: JSON.stringify(Object.entries(window.sessionStorage)),
  }))
}

test('a malformed token is refused with a precise message and nothing is sent', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByLabel('Access token').fill('not-a-token')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toHaveText(/three parts separated by dots/)
  expect(await sim.received()).toEqual([])
})

test('a pasted Cookie line is trimmed to the token, whose claims show before sign-in', async ({
  page,
}) => {
  const token = mintToken({ subject: 'alice-42' })
  await page.goto('/')
  await page.getByLabel('Access token').fill(`Cookie: theme=dark; AccessToken=${token}; lang=en`)
  const details = page.getByLabel('Token details')
  await expect(details).toContainText('alice-42')
  await expect(details).toContainText('hpcaitech.com')
  await expect(details).toContainText(/in 23 h 59 min|in 1 d 0 h/)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(countLine(page)).toHaveText('92 instances')
  const [request] = await sim.received()
  expect(request?.headers.cookie).toBe(`AccessToken=${token}`)
})

test('a cookie of the app origin never reaches HPC-AI, nor the token header', async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([
    { name: 'decoy', value: 'other-localhost-app-secret', url: baseURL ?? '' },
  ])
  await signInWithDemo(page)
  const received = await sim.received()
  expect(received.length).toBeGreaterThan(0)
  for (const request of received) {
    expect(request.headers.cookie).toMatch(/^AccessToken=[\w-]+\.[\w-]+\.[\w-]*$/)
    expect(JSON.stringify(request.headers)).not.toContain('decoy')
    expect(request.headers).not.toHaveProperty('x-hpcai-token')
  }
})

test('the token stays out of the URL and localStorage unless remembered', async ({ page }) => {
  await signInWithDemo(page, '/?sort=name')
  const token =
    (await sim.received())[0]?.headers.cookie?.toString().replace('AccessToken=', '') ?? ''
  expect(token).not.toBe('')
  expect(page.url()).not.toContain(token)
  let stored = await storedValues(page)
  expect(stored.local).not.toContain(token)
  expect(stored.session).toContain(token)

  await page.reload()
  await expect(countLine(page)).toHaveText('92 instances')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByLabel('Remember on this device').check()
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await expect(countLine(page)).toHaveText('92 instances')
  stored = await storedValues(page)
  expect(stored.local).toMatch(/hpcai\.accessToken/)
  expect(stored.session).not.toMatch(/hpcai\.accessToken/)
})

test('sign out wipes the token from both storages and the instance data from memory', async ({
  page,
}) => {
  await signInWithDemo(page)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByLabel('Access token')).toBeVisible()
  const stored = await storedValues(page)
  expect(stored.local + stored.session).not.toMatch(/accessToken|eyJ/)

  // Same page, no reload: had the instances stayed cached, they would show at once.
  await sim.configure({ latencyMs: 1_000 })
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await expect(countLine(page)).toHaveText('Loading…')
  await expect(countLine(page)).toHaveText('92 instances')
})

test('a token refused mid-session returns to the token screen, then to the same view', async ({
  page,
}) => {
  const subject = 'mid-session-user'
  await page.goto('/?status=Running&sort=-price')
  await page.getByLabel('Access token').fill(mintToken({ subject }))
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(countLine(page)).toHaveText(/of 92 instances/)
  const view = page.url()

  await sim.configure({ revokedSubjects: [subject] })
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'Not logged in or login expired, please log in again',
  )
  await expect(page.getByLabel('Access token')).toBeVisible()
  expect(page.url()).toBe(view)

  await page.getByRole('button', { name: 'Use demo token' }).click()
  await expect(countLine(page)).toHaveText(/of 92 instances/)
  expect(page.url()).toBe(view)
  await expect(
    page.getByRole('table', { name: 'Instances' }).getByRole('columnheader', { name: 'Price' }),
  ).toHaveAttribute('aria-sort', 'descending')
})

test('a token that expires while open returns to the token screen without a failed request', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByLabel('Access token').fill(mintToken({ lifetimeSeconds: 4 }))
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(countLine(page)).toHaveText('92 instances')
  await expect(page.getByRole('status').filter({ hasText: 'Token expires in' })).toBeVisible()
  const before = (await sim.received()).length
  await expect(page.getByRole('alert')).toContainText('Your access token expired at', {
    timeout: 8_000,
  })
  expect((await sim.received()).length).toBe(before)
})

test('a remembered token that has expired since is cleared, with a message', async ({ page }) => {
  await page.goto('/')
  const expired = mintToken({ issuedAt: 1_700_000_000 })
  await page.evaluate((token) => window.localStorage.setItem('hpcai.accessToken', token), expired)
  await page.reload()
  await expect(page.getByRole('alert')).toContainText('Your saved access token expired at')
  expect(await page.evaluate(() => window.localStorage.getItem('hpcai.accessToken'))).toBeNull()
  expect(await sim.received()).toEqual([])
})
