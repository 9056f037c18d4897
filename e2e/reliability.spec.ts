import type { Page } from '@playwright/test'
import type { Faults } from '../sim/faults.ts'
import { countLine } from './locators.ts'
import { expect, sim, signInWithDemo, test } from './fixtures.ts'

// Each failed request is also logged by Chromium itself ("Failed to load resource").
test.use({ allowedConsoleErrors: [/Failed to load resource/] })

const alert = (page: Page) => page.getByRole('alert')

const failures: { name: string; faults: Partial<Faults>; message: RegExp }[] = [
  {
    name: 'the upstream is unreachable',
    faults: { dropConnection: true },
    message: /Could not reach HPC-AI \(ECONNRESET\)/,
  },
  {
    name: 'a 500 with an HTML body',
    faults: { failPages: [1], failStatus: 500, failBody: 'html' },
    message: /HPC-AI answered HTTP 500\./,
  },
  {
    name: 'a 503 with an empty body',
    faults: { failPages: [1], failStatus: 503, failBody: 'empty' },
    message: /HPC-AI answered HTTP 503\./,
  },
  { name: 'an answer that is not JSON', faults: { garbage: true }, message: /not JSON/ },
  {
    name: 'JSON of the wrong shape',
    faults: { wrongShape: true },
    message: /unexpected answer \(instances: /,
  },
]

for (const failure of failures) {
  test(`${failure.name}: a clear message, the rows stay, and recovery clears it`, async ({
    page,
  }) => {
    await signInWithDemo(page)
    await sim.configure({ faults: failure.faults })
    await page.getByRole('button', { name: 'Refresh' }).click()
    await expect(alert(page)).toContainText(failure.message, { timeout: 10_000 })
    await expect(alert(page)).not.toContainText('<')
    await expect(countLine(page)).toHaveText('92 instances')
    await expect(
      page.getByRole('table', { name: 'Instances' }).locator('tbody tr[data-row-index]').first(),
    ).toBeVisible()

    await sim.reset()
    await alert(page).getByRole('button', { name: 'Retry' }).click()
    await expect(alert(page)).toHaveCount(0)
    await expect(countLine(page)).toHaveText('92 instances')
  })
}

test('429 with Retry-After: waits as told, says so, then loads', async ({ page }) => {
  await signInWithDemo(page)
  await sim.configure({
    faults: { failPages: [1], failStatus: 429, failBody: 'json', retryAfterSeconds: 3 },
  })
  await page.getByRole('button', { name: 'Refresh' }).click()
  const waiting = page.getByRole('status').filter({ hasText: 'before trying again' })
  await expect(waiting).toContainText('HPC-AI answered HTTP 429')
  await sim.reset()
  await expect(waiting).toHaveCount(0, { timeout: 8_000 })
  await expect(alert(page)).toHaveCount(0)
})

test('a page failing during the first load: what loaded shows, the gap is named, Retry fills it', async ({
  page,
}) => {
  await sim.configure({
    pageCap: 20,
    faults: { failPages: [2], failStatus: 502, failBody: 'json' },
  })
  await signInWithDemo(page)
  await expect(countLine(page)).toHaveText('72 instances')
  await expect(alert(page)).toContainText(
    'Page 2 of the instance list could not be loaded, so some instances may be missing. HPC-AI answered HTTP 502: simulated failure',
  )
  // One sentence after another: no message wrapped in brackets before more text ("….): some").
  await expect(alert(page)).not.toContainText(/[.!?]\)/)
  await sim.configure({ faults: { failPages: [] } })
  await alert(page).getByRole('button', { name: 'Retry' }).click()
  await expect(countLine(page)).toHaveText('92 instances')
  await expect(alert(page)).toHaveCount(0)
})

test('a refresh that loses a page keeps the complete list and says what failed', async ({
  page,
}) => {
  await sim.configure({ pageCap: 20 })
  await signInWithDemo(page)
  await sim.configure({ faults: { failPages: [3], failStatus: 500, failBody: 'json' } })
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(alert(page)).toContainText('Part of the instance list could not be refreshed', {
    timeout: 10_000,
  })
  await expect(countLine(page)).toHaveText('92 instances')
})

test('hostile data renders inertly: no script, no dialog, no javascript: link, no NaN', async ({
  page,
}) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const expectInert = async () => {
    const text = await page.locator('body').innerText()
    for (const junk of ['NaN', 'Infinity', 'undefined', '[object Object]'])
      expect(text).not.toContain(junk)
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0)
  }
  await sim.configure({ hostile: true })
  await signInWithDemo(page, '/?sort=name')
  await expect(countLine(page)).toHaveText('99 instances')
  await expect(page.getByText('3 instances could not be read')).toBeVisible()
  await page
    .getByRole('table', { name: 'Instances' })
    .locator('..')
    .evaluate((box) => box.scrollTo(0, box.scrollHeight))
  // The hostile rows sort last by name: now they are the rows on screen.
  await expect(page.locator('tbody tr[data-row-index="98"]')).toBeVisible()
  await expectInert()
  for (const id of [
    'notebook-hostile-js-link',
    'notebook-hostile-data-link',
    'notebook-hostile-types',
    'notebook-hostile-nulls',
  ]) {
    await page.goto(`/?instance=${id}`)
    await expect(page.getByRole('dialog')).toBeVisible()
    await expect(page.getByRole('dialog').getByRole('link', { name: 'Open Jupyter' })).toHaveCount(
      0,
    )
    await expectInert()
  }
  await page.goto('/?q=hostile-markup')
  await expect(page.getByText(/<img src=x onerror=/).first()).toBeVisible()
  await expectInert()
  expect(dialogs).toEqual([])
})

test('a render crash shows a recoverable panel without the token', async ({ page }) => {
  await signInWithDemo(page)
  const token = String((await sim.received())[0]?.headers.cookie).replace('AccessToken=', '')
  // Relative times fail from the click on (a clock tick that renders one before it must not crash
  // the page while the test is still reaching for the header).
  await page.evaluate(() => {
    const prototype = Intl.RelativeTimeFormat.prototype as {
      format: (...args: unknown[]) => string
    }
    const format = prototype.format
    let failing = false
    document.addEventListener('click', () => (failing = true), { capture: true, once: true })
    prototype.format = function (this: unknown, ...args: unknown[]) {
      if (failing) throw new Error('simulated render failure')
      return format.apply(this, args)
    }
  })
  await page
    .getByRole('table', { name: 'Instances' })
    .getByRole('columnheader', { name: 'Created' })
    .click()
  const panel = page.getByRole('alert')
  await expect(panel).toContainText('Something went wrong while showing this page')
  await expect(panel).toContainText('simulated render failure')
  expect(await page.locator('body').innerText()).not.toContain(token)
  await page.getByRole('button', { name: 'Reload' }).click()
  await expect(countLine(page)).toHaveText('92 instances')
  await expect(page).toHaveURL(/sort=-created/)
})

test('a first load that fails for good says so: no "Loading…" beside the error', async ({
  page,
}) => {
  await sim.configure({ faults: { failPages: [1], failStatus: 404, failBody: 'json' } })
  await page.goto('/')
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await expect(alert(page)).toContainText('HPC-AI answered HTTP 404')
  await expect(countLine(page)).toHaveText('Not loaded')
})

test('after a redeploy, a part whose code is gone offers to reload instead of a blank page', async ({
  page,
}) => {
  await signInWithDemo(page)
  // The drawer's chunk was replaced by a newer build: the old file answers 404.
  await page.route(/\/assets\/instance-drawer-.*\.js$/, (route) =>
    route.fulfill({ status: 404, body: 'gone' }),
  )
  await page
    .getByRole('table', { name: 'Instances' })
    .locator('tbody tr[data-row-index]')
    .first()
    .click()
  const notice = page
    .getByRole('alert')
    .filter({ hasText: 'A new version of the dashboard is available' })
  await expect(notice).toBeVisible()
  await expect(countLine(page)).toHaveText('92 instances')
  await page.unroute(/\/assets\/instance-drawer-.*\.js$/)
  await notice.getByRole('button', { name: 'Reload' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
})
