import type { Page } from '@playwright/test'
import { countText, whenCountIs } from './session.ts'
import { samples, timed, type Samples } from './sorts.ts'

/** Ticks and unticks the Status facet's Running option `runs` times each, the menu left open. */
export async function measureFacet(page: Page, instances: number, runs: number): Promise<Samples> {
  const facet = samples()
  await page.getByRole('button', { name: 'Status', exact: true }).click()
  const running = page.getByRole('checkbox', { name: 'Running', exact: true })
  for (let run = 0; run < runs * 2; run++) await timed(page, facet, 'click', () => running.click())
  await page.keyboard.press('Escape')
  await whenCountIs(page, countText(instances))
  return facet
}
