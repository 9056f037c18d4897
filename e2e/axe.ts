import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Fails on any serious or critical accessibility violation on the page as it is now. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    )
  expect(serious).toEqual([])
}

/** The WCAG 2.1 A and AA rules, the level issue 12 holds every screen to. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

// axe-core as @axe-core/playwright depends on it, injected once per document and run in place:
// about twice as fast as AxeBuilder, which injects it on every call and finishes each run in a
// new blank page. The app has no frames, so a run in the top document sees all of it.
const require = createRequire(import.meta.url)
const axeSource = readFileSync(
  require.resolve('axe-core/axe.min.js', {
    paths: [dirname(require.resolve('@axe-core/playwright'))],
  }),
  'utf8',
)

/**
 * Every violation of the WCAG 2.1 A/AA rules, of any impact, as readable lines; `include` limits
 * the check to the elements those selectors match (an open panel, a dialog).
 */
export async function wcagViolations(page: Page, include?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  return page.evaluate(
    async ([include, tags]) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') }
      const { violations } = await axe.run(include ? { include } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      })
      return violations.map(
        (violation) =>
          `${violation.id} [${violation.impact ?? 'no impact'}]: ${violation.help} (${violation.nodes
            .map((node) => `${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`)
            .join('; ')})`,
      )
    },
    [include, WCAG_21_AA] as const,
  )
}
