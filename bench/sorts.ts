import type { Page } from '@playwright/test'
import { longestInteraction, resetProbes, settle } from './session.ts'

/** Headers whose click sorts by a column other than the one sorted before. */
const HEADERS = ['Price', 'Created', 'Disk', 'Memory', 'GPU', 'Region', 'CPU cores', 'Name']

async function sortBy(page: Page, name: string): Promise<number> {
  const header = page
    .getByRole('table', { name: 'Instances' })
    .getByRole('columnheader', { name, exact: true })
  const handle = await header.elementHandle()
  const before = await header.getAttribute('aria-sort')
  await resetProbes(page)
  await header.click()
  await page.waitForFunction(
    ([element, previous]) => element.getAttribute('aria-sort') !== previous,
    [handle, before] as const,
  )
  await settle(page)
  return longestInteraction(page)
}

/**
 * Clicks a different column's header each run (an order not computed yet), then the same headers
 * again (each column's first direction again: an order computed before, which the sort index keeps).
 */
export async function measureSorts(
  page: Page,
  runs: number,
): Promise<{ fresh: number[]; again: number[] }> {
  const headers = Array.from({ length: runs }, (_, run) => HEADERS[run % HEADERS.length] ?? 'Price')
  const fresh: number[] = []
  for (const name of headers) fresh.push(await sortBy(page, name))
  const again: number[] = []
  for (const name of headers) again.push(await sortBy(page, name))
  return { fresh, again }
}
