import type { RawInstance } from '../sim/api-types.ts'
import { exportFile } from './exports.ts'
import { expect, signInWithDemo, test } from './fixtures.ts'
import { confirmDialog, instanceNamed, results } from './stops.ts'

const running = instanceNamed('mistral-train-011')
const FOREIGN_JWT = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJzb21lb25lLWVsc2UifQ.'

/** Every place the token could leak to: the page's text, its live regions and attributes. */
async function pageText(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML + document.body.innerText)
}

test('an upstream that echoes the token: it never reaches the outcome, Activity, live regions or exports', async ({
  page,
}) => {
  // HPC-AI's answers through the real proxy, with the cookie echoed back as an upstream might.
  await page.route('**/api/instance/stop', async (route) => {
    const token = route.request().headers()['x-hpcai-token'] ?? ''
    const response = await route.fetch()
    await route.fulfill({ response, json: { instanceId: `AccessToken=${token}` } })
  })
  await page.route('**/api/instance/list', async (route) => {
    const token = route.request().headers()['x-hpcai-token'] ?? ''
    const response = await route.fetch()
    const body = (await response.json()) as { instances?: RawInstance[] }
    for (const raw of body.instances ?? []) {
      if (raw.instanceMetadata.instanceId !== running.id) continue
      raw.instanceRuntimeInfo.message = `session ${token}`
      raw.instanceRuntimeInfo.diagnosisMessage = `forwarded ${FOREIGN_JWT}`
    }
    await route.fulfill({ response, json: body })
  })
  await signInWithDemo(page, `/?q=${running.name}&instance=${running.id}`)
  const token = await page.evaluate(() => sessionStorage.getItem('hpcai.accessToken') ?? '')
  const secrets = [...token.split('.').filter((part) => part.length >= 8), FOREIGN_JWT.slice(0, 20)]
  expect(secrets.length).toBeGreaterThan(2)

  const drawer = page.getByRole('dialog', { name: running.name, exact: true })
  await drawer.getByRole('button', { name: 'Stop instance' }).click()
  await confirmDialog(page).getByRole('button', { name: /^Stop/ }).click()
  await expect(results(page)).toContainText('1 failed')
  await expect(results(page)).toContainText('HPC-AI answered for another instance')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Activity' }).click()
  await expect(page.getByRole('dialog', { name: 'Activity' })).toContainText(running.name)

  const shown = await pageText(page)
  for (const secret of secrets) expect(shown.includes(secret), `${secret} on the page`).toBe(false)
  await page.keyboard.press('Escape')
  for (const kind of ['CSV', 'JSON', 'Raw JSON'] as const) {
    const { text } = await exportFile(page, kind)
    for (const secret of secrets) expect(text.includes(secret), `${secret} in ${kind}`).toBe(false)
  }
})
