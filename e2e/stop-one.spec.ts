import { expectNoSeriousViolations } from './axe.ts'
import { expect, sim, signInWithDemo, test } from './fixtures.ts'
import { confirmDialog, instanceNamed, rowOf, stopRequests } from './stops.ts'

const running = instanceNamed('mistral-train-011')
const stopped = instanceNamed('phi-train-001')
const drawerOf = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('dialog', { name, exact: true })

test('Stop instance in the drawer: confirm, Stop requested at once, then Stopped', async ({
  page,
}) => {
  // Searched for, so that its row stays in view when its status moves it down the sorted list.
  await signInWithDemo(page, `/?q=${running.name}&instance=${running.id}`)
  // Slow answers, to see what shows while the stop is on its way.
  await sim.configure({ stopMs: 1_000, faults: { slowMs: 1_000 } })
  const drawer = drawerOf(page, running.name)
  await drawer.getByRole('button', { name: 'Stop instance' }).click()
  const dialog = confirmDialog(page)
  await expect(dialog).toHaveAccessibleName('Stop 1 instance?')
  await expect(dialog).toContainText(running.name)
  await expect(dialog).toContainText(/\$[\d.,]+\/h/)
  await expect(dialog).toContainText('not documented by HPC-AI')
  await expectNoSeriousViolations(page)
  await dialog.getByRole('button', { name: /^Stop/ }).click()
  const status = rowOf(page, running.name).locator('td').nth(2)
  // The badge leads the cell; the disk flag it had stays beside it.
  await expect(status).toHaveText(/^Stop requested/)
  await expect(dialog.getByRole('button', { name: 'Sending… 0 of 1' })).toBeDisabled()
  await expect(dialog).toBeHidden()
  await expect(drawer.getByRole('button', { name: 'Stop instance' })).toBeFocused()
  await expect(drawer.getByRole('button', { name: 'Stop instance' })).toBeDisabled()
  await page.keyboard.press('Escape')
  // The list refreshes every few seconds until the stop has settled.
  await expect(status).toHaveText(/^Stopped/, { timeout: 15_000 })

  const stops = (await sim.received()).filter((request) => request.path === '/api/instance/stop')
  expect(stops).toHaveLength(1)
  expect(stops[0]?.body).toEqual({ instanceId: running.id })
  expect(stops[0]?.headers.cookie).toMatch(/^AccessToken=[\w-]+\.[\w-]+\.[\w-]*$/)
  expect(stops[0]?.headers).not.toHaveProperty('x-hpcai-token')

  await page.getByRole('button', { name: 'Activity' }).click()
  const activity = page.getByRole('dialog', { name: 'Activity' })
  await expect(activity.getByRole('row').filter({ hasText: running.name }).first()).toContainText(
    'Stopped (seen in the list)',
  )
  await expect(activity).toContainText('Stop accepted by HPC-AI')
})

test('Cancel and Escape send nothing, and focus returns to Stop instance', async ({ page }) => {
  await signInWithDemo(page, `/?instance=${running.id}`)
  const drawer = drawerOf(page, running.name)
  const stop = drawer.getByRole('button', { name: 'Stop instance' })
  await stop.click()
  await confirmDialog(page).getByRole('button', { name: 'Cancel' }).click()
  await expect(confirmDialog(page)).toBeHidden()
  await expect(stop).toBeFocused()

  await stop.press('Enter')
  await expect(confirmDialog(page)).toBeVisible()
  await expect(confirmDialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(confirmDialog(page)).toBeHidden()
  // Escape closed the confirmation only: the drawer is still open.
  await expect(drawer).toBeVisible()
  await expect(stop).toBeFocused()
  expect(stopRequests(await sim.received())).toEqual([])
})

test('an instance that cannot be stopped has Stop instance disabled, with the reason', async ({
  page,
}) => {
  await signInWithDemo(page, `/?instance=${stopped.id}`)
  const drawer = drawerOf(page, stopped.name)
  const stop = drawer.getByRole('button', { name: 'Stop instance' })
  await expect(stop).toBeDisabled()
  await expect(stop).toHaveAccessibleDescription('Already stopped')
  await stop.click({ force: true })
  await expect(confirmDialog(page)).toHaveCount(0)
  expect(stopRequests(await sim.received())).toEqual([])
})
