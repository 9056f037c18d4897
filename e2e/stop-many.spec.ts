import { expectNoSeriousViolations } from './axe.ts'
import { expect, sim, signInWithDemo, test } from './fixtures.ts'
import { countLine } from './locators.ts'
import {
  checkbox,
  confirmDialog,
  dollars,
  expectAccepted,
  hourlyOf,
  INSTANCES,
  results,
  selectionBar,
  stopRequests,
} from './stops.ts'

const selectAll = (page: import('@playwright/test').Page) =>
  page.getByRole('checkbox', { name: 'Select all shown instances' })

test('the filtered set: selected by the header checkbox, priced, confirmed, each sent once', async ({
  page,
}) => {
  const running = INSTANCES.filter((instance) => instance.status === 'Running')
  await signInWithDemo(page, '/?status=Running')
  await expect(countLine(page)).toHaveText(`${running.length} of 92 instances`)
  await selectAll(page).check()
  const bar = selectionBar(page)
  await expect(bar).toContainText(`${running.length} selected`)
  const expected = running.reduce((sum, instance) => sum + hourlyOf(instance.id), 0)
  const price = /\$[\d,.]+\/h/.exec(await bar.innerText())?.[0] ?? 'no price'
  expect(dollars(price)).toBeCloseTo(expected, 1)
  await expectNoSeriousViolations(page)

  await bar.getByRole('button', { name: `Stop ${running.length} instances` }).click()
  const dialog = confirmDialog(page)
  await expect(dialog).toHaveAccessibleName(`Stop ${running.length} instances?`)
  // Every instance by name: the first 20, then how many more.
  await expect(dialog.getByRole('listitem')).toHaveCount(20)
  await expect(dialog).toContainText(`and ${running.length - 20} more`)
  await expect(dialog).toContainText(price)
  await expect(dialog).toContainText('not documented')
  await expectNoSeriousViolations(page)
  await dialog.getByRole('button', { name: `Stop ${running.length} instances` }).click()

  await expectAccepted(page, running.length)
  await expect(results(page)).toBeFocused()
  const received = await sim.received()
  const sent = stopRequests(received)
  expect(sent).toHaveLength(running.length)
  expect([...sent].sort()).toEqual(running.map((instance) => instance.id).sort())
  for (const request of received.filter((entry) => entry.path === '/api/instance/stop')) {
    expect(request.headers.cookie).toMatch(/^AccessToken=[\w-]+\.[\w-]+\.[\w-]*$/)
  }
  await expect(selectionBar(page)).toHaveCount(0)
})

test('selected instances that cannot be stopped are named and skipped, never sent', async ({
  page,
}) => {
  const qwen = INSTANCES.filter((instance) => instance.name.includes('qwen'))
  const stoppable = qwen.filter((instance) => instance.stoppable)
  const skipped = qwen.filter((instance) => !instance.stoppable)
  await signInWithDemo(page, '/?q=qwen')
  await selectAll(page).check()
  const bar = selectionBar(page)
  await expect(bar).toContainText(`${qwen.length} selected`)
  await expect(bar).toContainText(`Will be skipped (${skipped.length}):`)
  await bar.getByRole('button', { name: `Stop ${stoppable.length} instances` }).click()
  const dialog = confirmDialog(page)
  await expect(dialog).toContainText(`Skipped, not sent (${skipped.length}):`)
  for (const instance of skipped) await expect(dialog).toContainText(instance.name)
  await expect(dialog).toContainText('(already stopping)')
  await dialog.getByRole('button', { name: `Stop ${stoppable.length} instances` }).click()
  await expectAccepted(page, stoppable.length)
  await expect(results(page)).toContainText('Skipped, not sent:')
  expect([...stopRequests(await sim.received())].sort()).toEqual(
    stoppable.map((instance) => instance.id).sort(),
  )
})

test.describe(() => {
  // The browser logs each failed request itself.
  test.use({ allowedConsoleErrors: [/Failed to load resource/] })

  test('a partial failure names the instance and the server message; Retry failed sends only it', async ({
    page,
  }) => {
    const gemma = INSTANCES.filter((instance) => instance.name.includes('gemma'))
    const failing = gemma[2]
    if (!failing) throw new Error('no gemma instance')
    await signInWithDemo(page, '/?q=gemma')
    await sim.configure({ faults: { failStopIds: [failing.id], failBody: 'json' } })
    await selectAll(page).check()
    await selectionBar(page).getByRole('button', { name: /^Stop/ }).click()
    await confirmDialog(page).getByRole('button', { name: /^Stop/ }).click()
    const outcome = results(page)
    await expectAccepted(page, gemma.length - 1)
    await expect(outcome.locator('p.font-semibold')).toHaveText(/, 1 failed$/)
    await expect(outcome.getByRole('listitem')).toHaveText(
      `${failing.name}: HPC-AI answered HTTP 500: simulated failure`,
    )
    expect(stopRequests(await sim.received())).toHaveLength(gemma.length)

    await outcome.getByRole('button', { name: 'Retry failed' }).click()
    await expect(outcome.locator('p.font-semibold')).toHaveText('1 failed')
    const sent = stopRequests(await sim.received())
    expect(sent).toHaveLength(gemma.length + 1)
    expect(sent.filter((id) => id === failing.id)).toHaveLength(2)
  })
})

test('a double click on the confirm button sends one stop; sign out clears the Activity log', async ({
  page,
}) => {
  const [one] = INSTANCES.filter(
    (instance) => instance.name.includes('mistral') && instance.stoppable,
  )
  if (!one) throw new Error('no stoppable mistral instance')
  await signInWithDemo(page, '/?q=mistral')
  await checkbox(page, one.name).check()
  await selectionBar(page).getByRole('button', { name: 'Stop 1 instance' }).click()
  await confirmDialog(page).getByRole('button', { name: 'Stop 1 instance' }).dblclick()
  await expectAccepted(page, 1)
  expect(stopRequests(await sim.received())).toEqual([one.id])
  await expect(page.getByRole('dialog')).toHaveCount(0)

  // The Activity log is the session's: sign out clears it.
  const activity = page.getByRole('dialog', { name: 'Activity' })
  await page.getByRole('button', { name: 'Activity' }).click()
  await expect(activity).toContainText(one.name)
  await activity.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await page.getByRole('button', { name: 'Activity' }).click()
  await expect(activity).toContainText('No actions yet in this session.')
})

test('an expired token mid-batch stops the batch, names what was and was not sent, keeps the view', async ({
  page,
}) => {
  const running = INSTANCES.filter((instance) => instance.status === 'Running')
  await signInWithDemo(page, '/?status=Running&sort=name')
  // Two more successful answers, then every token is refused.
  await sim.configure({ faults: { expireAfterRequests: 2 } })
  await selectAll(page).check()
  await selectionBar(page).getByRole('button', { name: /^Stop/ }).click()
  await confirmDialog(page).getByRole('button', { name: /^Stop/ }).click()

  await expect(page.getByLabel('Access token')).toBeVisible()
  const notice = page.getByRole('alert')
  await expect(notice).toContainText(
    'HPC-AI refused the token while stopping instances: Not logged in or login expired, please log in again.',
  )
  expect(new URL(page.url()).search).toBe('?status=Running&sort=name')
  // Six were in flight when the first refusal came; a few more may have left as the first two
  // were accepted, and none after.
  const sent = stopRequests(await sim.received())
  expect(sent.length).toBeGreaterThanOrEqual(6)
  expect(sent.length).toBeLessThanOrEqual(8)
  const notSent = running.filter((instance) => !sent.includes(instance.id))
  expect(notSent).toHaveLength(running.length - sent.length)
  const text = await notice.innerText()
  const notSentPart = text.slice(text.indexOf('Not sent:'))
  // Named up to ten, then how many more.
  for (const instance of notSent.slice(0, 10)) expect(notSentPart).toContain(instance.name)
  expect(notSentPart).toContain(`and ${notSent.length - 10} more`)
  await expect(notice).toContainText('Stop accepted for')
  await expect(notice).toContainText('Sent but refused with the token:')

  // Signed in again, what was not stopped is still selected.
  await sim.reset()
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await expect(selectionBar(page)).toContainText(`${running.length - 2} selected`)
  await page.getByRole('button', { name: 'Activity' }).click()
  await expect(page.getByRole('dialog', { name: 'Activity' })).toContainText(
    'Not sent: the token expired before its turn',
  )
})
