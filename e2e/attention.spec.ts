import type { Page } from '@playwright/test'
import { expect, signInWithDemo, test } from './fixtures.ts'
import { bodyRows, cellIn, countLine } from './locators.ts'
import {
  byName,
  needingAttention,
  STUCK_STATUSES,
  statusOf,
  timelessFlags,
} from './raw-expectations.ts'
import { DEFAULT_INSTANCES } from './sim-data.ts'

const summary = (page: Page) => page.getByRole('region', { name: 'Summary' })
const row = (page: Page, name: string) => bodyRows(page).filter({ hasText: name })

/** Opens the instance's row alone (by search) and returns its row. */
async function only(page: Page, name: string) {
  await page.getByRole('searchbox', { name: 'Search' }).fill(name)
  await expect(countLine(page)).toHaveText(/^1 of 92 instances$/)
  return row(page, name)
}

test('each flag shows on the instance the simulator puts it on, its reason in a few words', async ({
  page,
}) => {
  await signInWithDemo(page)
  const cases = [
    ['qwen-serve-003', /Needs attention: Keeps crashing/],
    ['bert-eval-005', /Needs attention: Keeps crashing/],
    ['whisper-debug-025', /Needs attention: Root disk 97% full/],
    ['qwen-finetune-057', /Root disk 104% full/],
    ['phi-notebook-018', /Needs attention: Stops in (39|40) min/],
    ['llama-serve-029', null], // 93 %: below the line
  ] as const
  for (const [name, reason] of cases) {
    const target = await only(page, name)
    if (reason) await expect(target).toContainText(reason)
    else await expect(target).not.toContainText('Needs attention')
  }
  for (const index of [41, 48, 55, 76, 90]) {
    const name = DEFAULT_INSTANCES[index]?.instanceSpecInfo.name ?? ''
    await expect(await only(page, name)).toContainText('Needs attention: No SSH port')
  }
  for (const index of [11, 25, 56, 57, 66, 71, 91]) {
    const name = DEFAULT_INSTANCES[index]?.instanceSpecInfo.name ?? ''
    await expect(await only(page, name)).toContainText(/(Root|Data) disk \d+% full/)
  }
})

test('the drawer lists the flags with the next step', async ({ page }) => {
  await signInWithDemo(page, '/?q=whisper-debug-025')
  await bodyRows(page).first().click()
  const note = page.getByRole('dialog', { name: 'whisper-debug-025' }).getByRole('note')
  await expect(note).toContainText('Needs attention')
  await expect(note).toContainText(
    /Root disk 97% full \(Disk 97%\): The root disk is full: .*\(97%\)/,
  )
  await expect(note).toContainText('Next step: Free space on the root disk.')
  await expect(
    page
      .getByRole('dialog', { name: 'whisper-debug-025' })
      .getByText(/^Healthy by HPC-AI’s check, but needs attention/),
  ).toBeVisible()
})

test('the summary figure, the facet, the tab title and the count line agree', async ({ page }) => {
  await signInWithDemo(page)
  const expected = needingAttention(Date.now()).length
  expect(expected).toBeGreaterThan(10)
  await expect(page).toHaveTitle(`(${expected}) HPC-AI instances`)
  const figure = summary(page).getByRole('button', { name: /Needs attention/ })
  await expect(figure).toContainText(String(expected))
  await figure.click()
  await expect(page).toHaveURL(/attention=yes/)
  await expect(countLine(page)).toHaveText(`${expected} of 92 instances`)

  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByRole('button', { name: 'Attention', exact: true }).click()
  await expect(page.getByRole('checkbox', { name: 'Needs attention' })).toHaveAccessibleDescription(
    `${expected} instances`,
  )
})

test('Starting and Stopping with no diagnosis become stuck once observed past 10 minutes', async ({
  page,
}) => {
  await page.clock.install()
  await signInWithDemo(page, '/?q=dit-debug-002')
  const stuck = row(page, 'dit-debug-002')
  await expect(stuck).not.toContainText('Needs attention')
  await expect(stuck).toContainText('(since the dashboard first saw it)')
  await page.clock.fastForward('11:00')
  await expect(stuck).toContainText('Needs attention: Starting for ≥ 11 min')
  await expect(await cellIn(page, stuck, 'In status for')).toHaveText(/^≥ 11 min/)
  await stuck.click()
  const note = page.getByRole('dialog', { name: 'dit-debug-002' }).getByRole('note').first()
  await expect(note).toContainText(
    /Starting for at least 11 min \(as the dashboard has seen it on this device\); phase Scheduling/,
  )
  await expect(note).toContainText('Next step: Check its phase and message below')
  await page.keyboard.press('Escape')

  const expected = needingAttention(Date.now(), true).length
  expect(
    DEFAULT_INSTANCES.filter((raw) => STUCK_STATUSES.includes(statusOf(raw))).length,
  ).toBeGreaterThan(2)
  await expect(page).toHaveTitle(`(${expected}) HPC-AI instances`)
  await page.getByRole('searchbox', { name: 'Search' }).fill('sdxl-finetune-010')
  expect(statusOf(byName('sdxl-finetune-010'))).toBe('Stopping')
  await expect(row(page, 'sdxl-finetune-010')).toContainText(
    /Needs attention: Stopping for ≥ 1\d min/,
  )
})

/** Broken in ways HPC-AI's own fields say (sim/attention-cases.ts): flagged with no clock. */
const BROKEN = [
  [
    'qwen-notebook-043',
    'Running',
    'Health check failing: Unschedulable',
    /It is Running, but HPC-AI’s health check fails: Unschedulable: 0\/12 nodes/,
  ],
  [
    'sdxl-bench-004',
    'Initializing',
    'Image will not pull',
    /Initializing; HPC-AI’s diagnosis: BackOff: Back-off pulling image/,
  ],
  [
    'llama-sweep-008',
    'PullingImage',
    'Image will not pull',
    /PullingImage; HPC-AI’s diagnosis: ErrImagePull: Failed to pull image/,
  ],
  [
    'qwen-finetune-009',
    'Restarting',
    'Keeps crashing',
    /Restarting; HPC-AI’s diagnosis: CrashLoopBackOff: Back-off restarting/,
  ],
  [
    'bert-train-070',
    'Initializing',
    'Diagnosis: FailedMount',
    /Initializing; HPC-AI’s diagnosis: FailedMount: MountVolume/,
  ],
  ['dit-finetune-036', 'Running', 'Out of memory', /Running; HPC-AI’s diagnosis: OOMKilled/],
] as const

test('broken instances are flagged on the first load from HPC-AI’s fields, never shown healthy', async ({
  page,
}) => {
  await signInWithDemo(page)
  for (const [name, status, short] of BROKEN) {
    expect(statusOf(byName(name))).toBe(status)
    const target = await only(page, name)
    await expect(target).toContainText(`Needs attention: ${short}`)
    // The short reason is there for the eye too, under the status, not only in a tooltip.
    await expect(target.getByText(short, { exact: true })).toBeVisible()
    // Not green: the health mark says what HPC-AI's fields say.
    await expect(target.getByRole('img', { name: 'Unhealthy', exact: true })).toBeVisible()
  }
  // Why in full is in the drawer, with HPC-AI's own words.
  for (const [name, , short, reason] of BROKEN) {
    await page.goto(`/?instance=${byName(name).instanceMetadata.instanceId}`)
    const note = page.getByRole('dialog', { name }).getByRole('note').first()
    await expect(note).toContainText(short)
    await expect(note).toContainText(reason)
  }
  // A reload starts no clock that these wait for: flagged again at once.
  await page.goto('/')
  await page.reload()
  await expect(await only(page, 'sdxl-bench-004')).toContainText(
    'Needs attention: Image will not pull',
  )

  // Every instance the Unhealthy figure counts is among those that need attention.
  await page.goto('/?health=unhealthy&attention=no')
  await expect(countLine(page)).toHaveText('0 of 92 instances')
  const expected = DEFAULT_INSTANCES.filter((raw) =>
    timelessFlags(raw, Date.now()).some((flag) =>
      ['failed', 'unhealthy', 'blocked'].includes(flag),
    ),
  ).length
  expect(expected).toBeGreaterThanOrEqual(BROKEN.length)
  await page.goto('/?health=unhealthy')
  await expect(countLine(page)).toHaveText(`${expected} of 92 instances`)
  await expect(summary(page).getByRole('button', { name: /^\d+ Unhealthy/ })).toContainText(
    String(expected),
  )
})

test('the drawer says why in a few words, the next step, and where to take it', async ({
  page,
}) => {
  await signInWithDemo(page, '/?q=sdxl-bench-004')
  await bodyRows(page).first().click()
  const drawer = page.getByRole('dialog', { name: 'sdxl-bench-004' })
  const note = drawer.getByRole('note').filter({ hasText: 'Needs attention' })
  await expect(note).toContainText('Image will not pull (Cannot start)')
  await expect(note).toContainText('Next step: Check the image name and tag')
  const consoleLink = note.getByRole('link', { name: /Open the HPC-AI console/ })
  await expect(consoleLink).toHaveAttribute('href', 'https://hpc-ai.com')
  await expect(consoleLink).toHaveAttribute('target', '_blank')
  await expect(consoleLink).toHaveAttribute('rel', 'noopener noreferrer')
  // The health line agrees with the flag: not "Healthy".
  await expect(drawer.getByText('Unhealthy', { exact: true })).toBeVisible()
  await expect(drawer.getByText(/^Healthy/)).toHaveCount(0)
  // Stop now asks for the same confirmation as Stop instance.
  await note.getByRole('button', { name: 'Stop now' }).click()
  const confirm = page.getByRole('alertdialog')
  await expect(confirm).toHaveAccessibleName('Stop 1 instance?')
  await expect(confirm).toContainText('sdxl-bench-004')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toBeHidden()

  await page.goto(
    `/?q=qwen-notebook-043&instance=${byName('qwen-notebook-043').instanceMetadata.instanceId}`,
  )
  await expect(
    page.getByRole('dialog', { name: 'qwen-notebook-043' }).getByRole('note').first(),
  ).toContainText('Health check failing: Unschedulable')
})

test('the rules are listed beside the figure', async ({ page }) => {
  await signInWithDemo(page)
  const how = summary(page).getByRole('button', { name: 'How it is judged' })
  // Said plainly under the figure, not behind a "?".
  await expect(summary(page)).not.toContainText('rules under ?')
  await how.click()
  const rules = page.getByRole('group', { name: 'How attention is judged' })
  for (const title of [
    'Failed',
    'Unhealthy',
    'Cannot start or keeps restarting',
    'Stuck',
    'Disk full',
    'Stops soon',
    'No SSH port',
  ])
    await expect(rules.getByText(title, { exact: true })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(rules).toBeHidden()
  await expect(how).toBeFocused()
})
