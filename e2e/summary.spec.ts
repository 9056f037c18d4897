import { expect, signInWithDemo, test } from './fixtures.ts'
import { countLine } from './locators.ts'
import { hourlyOf, isRunning, isUnhealthy, money, statusOf } from './raw-expectations.ts'
import { countWhere, DEFAULT_INSTANCES } from './sim-data.ts'

const GROUPS = [
  { label: 'Running', statuses: ['Running'] },
  {
    label: 'In transition',
    statuses: ['Initializing', 'PullingImage', 'Restarting', 'Starting', 'Stopping'],
  },
  { label: 'Stopped', statuses: ['Archived', 'Released', 'Stopped'] },
  { label: 'Failed', statuses: ['InitializationFailed', 'StartingFailed'] },
]

test('every summary figure says what it counts and filters to exactly that many', async ({
  page,
}) => {
  await signInWithDemo(page)
  const summary = page.getByRole('region', { name: 'Summary' })
  const figure = (label: string) =>
    summary.getByRole('button').filter({ hasText: new RegExp(`^[\\d$.,/h]+\\s*${label}`) })

  for (const group of GROUPS) {
    const expected = countWhere((raw) => group.statuses.includes(statusOf(raw)))
    const button = figure(group.label)
    // The statuses it groups are visible text, not a tooltip.
    await expect(button).toContainText(group.statuses.join(', '))
    await expect(button).toContainText(new RegExp(`^${expected}\\s*${group.label}`))
    await button.click()
    await expect(countLine(page)).toHaveText(`${expected} of 92 instances`)
    // The Status facet's options add up to the same figure.
    await page.getByRole('button', { name: 'Status', exact: true }).click()
    for (const status of group.statuses) {
      const n = countWhere((raw) => statusOf(raw) === status)
      await expect(page.getByRole('checkbox', { name: status, exact: true })).toBeChecked()
      await expect(
        page.getByRole('checkbox', { name: status, exact: true }),
      ).toHaveAccessibleDescription(`${n} ${n === 1 ? 'instance' : 'instances'}`)
    }
    await page.keyboard.press('Escape')
  }

  const unhealthy = countWhere(isUnhealthy)
  await expect(figure('Unhealthy')).toContainText(new RegExp(`^${unhealthy}`))
  await figure('Unhealthy').click()
  await expect(countLine(page)).toHaveText(`${unhealthy} of 92 instances`)

  const running = DEFAULT_INSTANCES.filter(isRunning)
  const gpus = running.reduce(
    (sum, raw) => sum + raw.instanceSpecInfo.instanceTypeInfo.gpu.amount,
    0,
  )
  const spend = running.reduce((sum, raw) => sum + hourlyOf(raw), 0)
  for (const [label, value] of [
    ['GPUs running', String(gpus)],
    ['Spend', null],
  ] as const) {
    const button = figure(label)
    await expect(button).toContainText(`on ${running.length} running instances`)
    if (value) await expect(button).toContainText(new RegExp(`^${value}`))
    else expect(money(await button.innerText())).toBeCloseTo(spend, 2)
    await button.click()
    await expect(countLine(page)).toHaveText(`${running.length} of 92 instances`)
  }
})

test('a stopped instance has no live health; the Health facet says so', async ({ page }) => {
  await signInWithDemo(page, '/?status=Stopped')
  await expect(
    page
      .getByRole('table', { name: 'Instances' })
      .getByRole('img', { name: 'No live health (Stopped)' })
      .first(),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Health', exact: true }).click()
  const stopped = countWhere(
    (raw) => statusOf(raw) === 'Stopped' && raw.instanceRuntimeInfo.healthy,
  )
  await expect(page.getByRole('checkbox', { name: 'No live health' })).toHaveAccessibleDescription(
    `${stopped} instances`,
  )
  await expect(page.getByRole('checkbox', { name: 'Healthy', exact: true })).toHaveCount(0)
})
