import type { Page } from '@playwright/test'
import {
  contrastRatio,
  effectiveBackground,
  parseColour,
  type Rgba,
} from '../src/testing/contrast.ts'
import { expect, signInWithDemo, test } from './fixtures.ts'
import { instanceNamed } from './stops.ts'

/**
 * Focus you can see (issue 12): Tab through the dashboard and the drawer, and for every element
 * that takes focus read the ring the browser draws (its outline, or a box-shadow ring): it must be
 * at least 2 px wide and contrast 3:1 with what lies behind it, in light and in dark.
 * (axe does not check this; the WCAG 2.1 A/AA sweep is in a11y-matrix.spec.ts.)
 */

const running = instanceNamed('mistral-train-011')

interface Ring {
  element: string
  outlineStyle: string
  outlineWidth: number
  outlineColor: string
  boxShadow: string
  /** Background colours behind the ring, nearest first, up to the root. */
  behind: string[]
  canvas: string
}

/** The focused element's ring as Chromium computes it, and the backgrounds behind it. */
function focusedRing(page: Page): Promise<Ring | null> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return null
    const style = getComputedStyle(element)
    // An outline drawn outside the box lies over the parent; one inset lies over the element.
    const inset = parseFloat(style.outlineOffset) < 0
    const behind: string[] = []
    for (
      let node: Element | null = inset ? element : element.parentElement;
      node;
      node = node.parentElement
    )
      behind.push(getComputedStyle(node).backgroundColor)
    const name =
      element.getAttribute('aria-label') ??
      (element as HTMLElement).innerText.trim().split('\n')[0]?.slice(0, 40) ??
      ''
    return {
      element: `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role') ?? ''}]` : ''} "${name}"`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      boxShadow: style.boxShadow,
      behind,
      canvas: getComputedStyle(document.documentElement).backgroundColor,
    }
  })
}

/** A box-shadow ring: `rgb(…) 0px 0px 0px 2px` (spread, no blur), its colour and width. */
function shadowRing(boxShadow: string): { colour: string; width: number } | null {
  const match = /(rgba?\([^)]*\))\s+0px\s+0px\s+0px\s+([\d.]+)px/.exec(boxShadow)
  return match?.[1] && match[2] ? { colour: match[1], width: Number(match[2]) } : null
}

/** What is wrong with a ring, or null; and its contrast ratio. */
function judge(ring: Ring): { problem: string | null; ratio: number } {
  const drawn =
    ring.outlineStyle !== 'none' && ring.outlineWidth > 0
      ? { colour: ring.outlineColor, width: ring.outlineWidth }
      : shadowRing(ring.boxShadow)
  if (!drawn) return { problem: 'no outline or ring', ratio: 0 }
  const behind = effectiveBackground(ring.behind.map(parseColour), parseColour(ring.canvas))
  const colour: Rgba = parseColour(drawn.colour)
  const ratio = contrastRatio(colour, behind)
  const problems = [
    drawn.width < 2 && `${drawn.width}px wide`,
    ratio < 3 &&
      `${ratio.toFixed(2)}:1 against rgb(${[behind.r, behind.g, behind.b].map(Math.round).join(', ')})`,
  ].filter(Boolean)
  return { problem: problems.length ? problems.join(', ') : null, ratio }
}

/**
 * Presses Tab until `done` says so or focus comes round to an element it met before (at most
 * `limit` times), judging each focused element.
 */
async function tabThrough(
  page: Page,
  seen: Map<string, { problem: string | null; ratio: number }>,
  done: (ring: Ring) => boolean,
  limit: number,
): Promise<Ring | null> {
  const met = new Set<string>()
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab')
    const ring = await focusedRing(page)
    if (!ring) continue
    if (done(ring) || met.has(ring.element)) return ring
    met.add(ring.element)
    if (!seen.has(ring.element)) seen.set(ring.element, judge(ring))
  }
  return null
}

for (const theme of ['light', 'dark'] as const) {
  test(`every focused control shows a ring of 3:1 or more (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme })
    // Searched, so that the row reached is a Running instance: the drawer has all its controls.
    await signInWithDemo(page, `/?q=${running.name}`)
    const seen = new Map<string, { problem: string | null; ratio: number }>()

    // From the top of the page: the skip link, the header, the summary, the toolbar, the table,
    // until a row has focus.
    await page.locator('body').focus()
    const row = await tabThrough(page, seen, (ring) => ring.element.startsWith('tr'), 80)
    expect(row?.element, 'Tab reaches the row').toContain(running.name)
    if (row) seen.set(row.element, judge(row))
    expect([...seen.keys()][0]).toContain('Skip to instances')
    for (const name of ['Refresh', 'Sign out', 'Search', 'Status', 'Columns', 'Export'])
      expect([...seen.keys()].some((element) => element.includes(`"${name}`))).toBe(true)

    // The drawer, round to where its focus trap brings Tab back.
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: running.name })).toBeVisible()
    const before = seen.size
    await tabThrough(page, seen, () => false, 40)
    for (const name of ['Copy SSH command', 'Open Jupyter', 'Stop instance', 'Close'])
      expect([...seen.keys()].some((element) => element.includes(`"${name}`))).toBe(true)
    expect(seen.size - before, 'drawer controls').toBeGreaterThan(6)

    const failures = [...seen].flatMap(([element, { problem }]) =>
      problem ? [`${element}: ${problem}`] : [],
    )
    const worst = Math.min(...[...seen.values()].map(({ ratio }) => ratio))
    test.info().annotations.push({
      type: 'focus rings',
      description: `${seen.size} elements, worst ${worst.toFixed(2)}:1`,
    })
    expect(failures).toEqual([])
  })
}

test('a popover of text only takes focus and scrolls by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signInWithDemo(page)
  const button = page.getByRole('button', { name: 'How it is judged' })
  await button.press('Enter')
  const panel = page.getByRole('group', { name: 'How attention is judged' })
  await expect(panel).not.toContainText('Loading…')
  await page.keyboard.press('Tab')
  await expect(panel).toBeFocused()
  const scrolled = () => panel.evaluate((element) => element.scrollTop)
  expect(await scrolled()).toBe(0)
  await page.keyboard.press('ArrowDown')
  await expect.poll(scrolled).toBeGreaterThan(0)
  await page.keyboard.press('Escape')
  await expect(button).toBeFocused()
})
