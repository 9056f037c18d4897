import type { ReceivedRequest } from '../sim/server.ts'
import { countLine } from './locators.ts'
import { expect, sim, signInWithDemo, test } from './fixtures.ts'

// A refused page is logged by Chromium itself ("Failed to load resource").
test.use({ allowedConsoleErrors: [/Failed to load resource/] })

/** The page sizes the app asked the simulator for, in order. */
async function askedSizes(): Promise<number[]> {
  const received: ReceivedRequest[] = await sim.received()
  return received
    .filter((request) => request.path === '/api/instance/list')
    .map((request) => (request.body as { pager: { pageSize: number } }).pager.pageSize)
}

test('a server without a cap: every instance in one request of 1,000', async ({ page }) => {
  await signInWithDemo(page)
  await expect(countLine(page)).toHaveText('92 instances')
  expect(await askedSizes()).toEqual([1000])
})

test('a server that caps without saying so: every instance once, in pages of the cap', async ({
  page,
}) => {
  await sim.configure({ instances: 92, pageCap: 30, pageCapMode: 'silent' })
  await signInWithDemo(page)
  await expect(countLine(page)).toHaveText('92 instances')
  expect(await askedSizes()).toEqual([1000, 30, 30, 30])
})

test('a server that refuses large pages: every instance in pages of 50, and the next refresh asks for 50 at once', async ({
  page,
}) => {
  await sim.configure({ instances: 120, pageCap: 50, pageCapMode: 'refuse' })
  await signInWithDemo(page)
  await expect(countLine(page)).toHaveText('120 instances')
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect(await askedSizes()).toEqual([1000, 50, 50, 50])
  await sim.configure({ instances: 120, pageCap: 50, pageCapMode: 'refuse' })
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect.poll(askedSizes).toEqual([50, 50, 50])
  await expect(countLine(page)).toHaveText('120 instances')
})
