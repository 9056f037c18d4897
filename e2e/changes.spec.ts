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
