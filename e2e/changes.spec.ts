import type { Page } from '@playwright/test'
import { expectNoSeriousViolations } from './axe.ts'
import { expect, sim, signInWithDemo, test } from './fixtures.ts'
import { nameOf, statusOf } from './raw-expectations.ts'
import { DEFAULT_INSTANCES } from './sim-data.ts'
import { DEMO_SCHEDULED_STOP, STUCK_INDEXES } from '../sim/demo-dynamics.ts'

const SETTLES_TO: Record<string, string> = {
  Starting: 'Running',
  Initializing: 'Running',
  PullingImage: 'Running',
  Restarting: 'Running',
  Stopping: 'Stopped',
}

/** Demo mode, 121 s in: every transitional instance but the stuck ones settled, and one scheduled stop came due. */
function expectedChanges(): { name: string; from: string; to: string }[] {
  const settled = DEFAULT_INSTANCES.flatMap((raw, index) => {
    const to = SETTLES_TO[statusOf(raw)]
    return to && !STUCK_INDEXES.includes(index)
      ? [{ name: nameOf(raw), from: statusOf(raw), to }]
      : []
  })
  const due = DEFAULT_INSTANCES[DEMO_SCHEDULED_STOP.index]
  if (!due) throw new Error('no scheduled-stop instance')
  return [...settled, { name: nameOf(due), from: 'Running', to: 'Stopping' }]
}

async function refreshAfter(page: Page, ms: number) {
  await sim.advance(ms)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByRole('button', { name: 'Refresh' })).toHaveAttribute('aria-busy', 'false')
}

test('status changes between two refreshes appear in the Changes panel, newest first, each linking to its instance', async ({
  page,
}) => {
  await sim.configure({ demo: true })
  await signInWithDemo(page)
  const button = page.getByRole('button', { name: 'Changes' })
  await button.click()
  const log = page.getByRole('log', { name: 'Changes' })
  await expect(log).toContainText('No changes since this page loaded')
  await page.keyboard.press('Escape')

  await refreshAfter(page, 121_000)
  const expected = expectedChanges()
  await expect(button).toHaveAccessibleDescription(`${expected.length} new`)
  await button.click()
  await expect(log.getByRole('listitem')).toHaveCount(expected.length)
  for (const change of expected) {
    await expect(
      log
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: change.name, exact: true }) }),
    ).toContainText(`${change.from} → ${change.to}`)
  }
  await expect(button).not.toHaveAccessibleDescription(/new/)
  await page.keyboard.press('Escape')

  // The scheduled stop settles: the newest entry comes first.
  const due = expected.at(-1)?.name ?? ''
  await refreshAfter(page, 5_000)
  await button.click()
  await expect(log.getByRole('listitem').first()).toContainText(`${due}Stopping → Stopped`)
  await expect(log.getByRole('listitem')).toHaveCount(expected.length + 1)

  await log.getByRole('link', { name: due }).first().click()
  await expect(page).toHaveURL(/instance=notebook-/)
  await expect(page.getByRole('dialog', { name: due })).toBeVisible()
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the Changes panel has no serious accessibility violations (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await sim.configure({ demo: true })
    await signInWithDemo(page)
    await refreshAfter(page, 121_000)
    await page.getByRole('button', { name: 'Changes' }).click()
    await expect(
      page.getByRole('log', { name: 'Changes' }).getByRole('listitem').first(),
    ).toBeVisible()
    await expectNoSeriousViolations(page)
  })
}

for (const width of [1440, 390]) {
  test(`the Changes panel scrolls in one place: Notify me and the last entry are never cut off (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width > 800 ? 900 : 844 })
    await sim.configure({ demo: true })
    await signInWithDemo(page)
    await refreshAfter(page, 121_000)
    if (width < 768) await page.getByRole('button', { name: 'More' }).click()
    const button = page.getByRole('button', { name: 'Changes' })
    await button.click()
    const panel = page.locator(`[id="${await button.getAttribute('popovertarget')}"]`)
    const log = page.getByRole('log', { name: 'Changes' })
    await expect(log.getByRole('listitem').first()).toBeVisible()
    const box = async (locator: typeof panel) => {
      const found = await locator.boundingBox()
      if (!found) throw new Error('not on screen')
      return found
    }
    const inside = (inner: { y: number; height: number }, outer: { y: number; height: number }) =>
      inner.y >= outer.y - 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5
    const overflows = (locator: typeof panel) =>
      locator.evaluate((element) => element.scrollHeight > element.clientHeight + 1)

    // The log scrolls (there is more than fits); nothing around it does.
    expect(await overflows(log)).toBe(true)
    expect(await overflows(panel)).toBe(false)
    for (const part of await panel.locator('*').all()) {
      const own = await part.evaluate(
        (element) =>
          element.getAttribute('role') !== 'log' &&
          getComputedStyle(element).overflowY !== 'visible' &&
          element.scrollHeight > element.clientHeight + 1,
      )
      expect(own).toBe(false)
    }
    const notify = page.getByRole('checkbox', { name: /Notify me of changes/ })
    expect(inside(await box(notify), await box(panel))).toBe(true)
    await expect(notify).toBeInViewport({ ratio: 1 })

    // Scrolled to its end, the log shows its last entry whole.
    await log.evaluate((element) => (element.scrollTop = element.scrollHeight))
    const last = log.getByRole('listitem').last()
    expect(inside(await box(last), await box(log))).toBe(true)
    await expect(last).toBeInViewport({ ratio: 1 })
  })
}
