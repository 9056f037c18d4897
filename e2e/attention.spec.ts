import type { Page } from '@playwright/test'
import { expect, signInWithDemo, test } from './fixtures.ts'
import { bodyRows, cellIn, countLine } from './locators.ts'
import { byName, needingAttention, STUCK_STATUSES, statusOf } from './raw-expectations.ts'
import { DEFAULT_INSTANCES } from './sim-data.ts'

const summary = (page: Page) => page.getByRole('region', { name: 'Summary' })
const row = (page: Page, name: string) => bodyRows(page).filter({ hasText: name })

/** Opens the instance's row alone (by search) and returns its row. */
async function only(page: Page, name: string) {
  await page.getByRole('searchbox', { name: 'Search' }).fill(name)
  await expect(countLine(page)).toHaveText(/^1 of 92 instances$/)
  return row(page, name)
}

test('each flag shows on the instance the simulator puts it on, with its reason', async ({
  page,
}) => {
  await signInWithDemo(page)
  const cases = [
    ['qwen-serve-003', /Needs attention: StartingFailed/],
    ['bert-eval-005', /Needs attention: InitializationFailed/],
    ['whisper-debug-025', /The root disk is full: .*\(97%\)/],
    ['qwen-finetune-057', /\(104%\), over capacity/],
    ['phi-notebook-018', /A stop is scheduled for .*, in (39|40) min/],
    ['llama-serve-029', null], // 93 %: below the line
  ] as const
  for (const [name, reason] of cases) {
    const target = await only(page, name)
    if (reason) await expect(target).toContainText(reason)
    else await expect(target).not.toContainText('Needs attention')
  }
  for (const index of [41, 48, 55, 76, 90]) {
    const name = DEFAULT_INSTANCES[index]?.instanceSpecInfo.name ?? ''
    await expect(await only(page, name)).toContainText('HPC-AI lists no SSH port (22)')
  }
  for (const index of [11, 25, 56, 57, 66, 71, 91]) {
    const name = DEFAULT_INSTANCES[index]?.instanceSpecInfo.name ?? ''
    await expect(await only(page, name)).toContainText(/The (root|data) disk is full/)
  }
})

test('the drawer lists the flags with the next step', async ({ page }) => {
  await signInWithDemo(page, '/?q=whisper-debug-025')
  await bodyRows(page).first().click()
  const note = page.getByRole('dialog', { name: 'whisper-debug-025' }).getByRole('note')
  await expect(note).toContainText('Needs attention')
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

test('Starting, Initializing and Stopping become stuck once observed past 10 minutes', async ({
  page,
}) => {
  await page.clock.install()
  await signInWithDemo(page, '/?q=sdxl-bench-004')
  const stuck = row(page, 'sdxl-bench-004')
  await expect(stuck).not.toContainText('Needs attention')
  await expect(stuck).toContainText('(observed since this page loaded)')
  await page.clock.fastForward('11:00')
  await expect(stuck).toContainText(
    /Initializing for at least 11 min \(observed since this page first saw it\)/,
  )
  await expect(stuck).toContainText('Check the image: it keeps failing to pull.')
  await expect(await cellIn(page, stuck, 'In status for')).toHaveText(/^≥ 11 min/)

  const expected = needingAttention(Date.now(), true).length
  expect(
    DEFAULT_INSTANCES.filter((raw) => STUCK_STATUSES.includes(statusOf(raw))).length,
  ).toBeGreaterThan(2)
  await expect(page).toHaveTitle(`(${expected}) HPC-AI instances`)
  for (const name of ['dit-debug-002', 'sdxl-finetune-010']) {
    expect(STUCK_STATUSES).toContain(statusOf(byName(name)))
    await page.getByRole('searchbox', { name: 'Search' }).fill(name)
    await expect(row(page, name)).toContainText(/Needs attention: (Starting|Stopping) for at least/)
  }
})

test('the rules are listed beside the figure', async ({ page }) => {
  await signInWithDemo(page)
  await page.getByRole('button', { name: 'How attention is judged' }).click()
  const rules = page.getByRole('group', { name: 'How attention is judged' })
  for (const title of ['Failed', 'Stuck', 'Disk full', 'Stops soon', 'No SSH port'])
    await expect(rules.getByText(title, { exact: true })).toBeVisible()
})
