import type { Page } from '@playwright/test'
import { timeToFrame } from './frame-probe.ts'
import { longestInteraction, resetProbes, settle } from './session.ts'

export interface Samples {
  /** Frame-accurate: from the input event to the end of the frame after the last DOM change. */
  frame: number[]
  /** Event Timing's duration (8 ms steps; 0 when under 16 ms). */
  eventTiming: number[]
}

export const samples = (): Samples => ({ frame: [], eventTiming: [] })

/** One interaction timed both ways: frame-accurately, and by Event Timing. */
export async function timed(
  page: Page,
  into: Samples,
  trigger: 'click' | 'keydown',
  act: () => Promise<void>,
  from: 'event' | 'debounce' = 'event',
): Promise<void> {
  await resetProbes(page)
  into.frame.push(await timeToFrame(page, trigger, act, from))
  await settle(page)
  into.eventTiming.push(await longestInteraction(page))
}

/**
 * Clicks every sortable header (those with `aria-sort`) once, each a column not sorted before
 * (its first click: an order the sort index may not have yet), then all of them again.
 */
export async function measureSorts(
  page: Page,
  /** Runs before each click (the floor's, timed beside it: interaction.ts). */
  between?: () => Promise<void>,
): Promise<{ first: Samples; all: Samples }> {
  const table = page.getByRole('table', { name: 'Instances' })
  const headers = await table.locator('th[aria-sort], [role="columnheader"][aria-sort]').all()
  const first = samples()
  const all = samples()
  for (const pass of [first, all]) {
    for (const header of headers) {
      const before = await header.getAttribute('aria-sort')
      await between?.()
      await timed(page, pass, 'click', () => header.click())
      if ((await header.getAttribute('aria-sort')) === before)
        throw new Error('bench: a header click did not sort')
    }
  }
  return {
    first,
    all: {
      frame: [...first.frame, ...all.frame],
      eventTiming: [...first.eventTiming, ...all.eventTiming],
    },
  }
}
