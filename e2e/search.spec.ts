import { expect, signInWithDemo, test } from './fixtures.ts'
import { bodyRows, countLine } from './locators.ts'
import { statusOf, type Raw } from './raw-expectations.ts'
import { countWhere } from './sim-data.ts'

/** What the search box looks in besides the status, as the README says. */
const fields = (raw: Raw) =>
  [
    raw.instanceSpecInfo.name,
    raw.instanceMetadata.instanceId,
    raw.instanceSpecInfo.instanceTypeInfo.gpu.type,
    raw.instanceSpecInfo.regionInfo.name,
    raw.instanceSpecInfo.regionInfo.location,
    raw.instanceSpecInfo.imageInfo.name,
    raw.instanceMetadata.instanceUsername,
  ]
    .join('\n')
    .toLowerCase()

test('search knows statuses: "running h100" finds the running H100s', async ({ page }) => {
  await signInWithDemo(page)
  const search = page.getByRole('searchbox', { name: 'Search' })
  const expected = countWhere((raw) => statusOf(raw) === 'Running' && fields(raw).includes('h100'))
  expect(expected).toBeGreaterThan(2)
  await search.fill('running h100')
  await expect(countLine(page)).toHaveText(`${expected} of 92 instances`)
  for (const row of await bodyRows(page).all()) {
    await expect(row.locator('td').nth(2)).toContainText('Running')
    await expect(row.locator('td').nth(3)).toContainText('H100')
  }

  // The Status facet's words, in any case: "Stopped" is the status, not the summary's group.
  for (const [words, status] of [
    ['Stopped', 'Stopped'],
    ['initializing', 'Initializing'],
    ['StartingFailed', 'StartingFailed'],
  ] as const) {
    await search.fill(words)
    await expect(countLine(page)).toHaveText(
      `${countWhere((raw) => statusOf(raw) === status)} of 92 instances`,
    )
  }
  await search.fill('failed')
  await expect(countLine(page)).toHaveText(
    `${countWhere((raw) => statusOf(raw).endsWith('Failed'))} of 92 instances`,
  )
})
