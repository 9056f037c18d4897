import type { Page } from '@playwright/test'
import { countText, settle, whenCountIs } from './session.ts'
import { samples, timed, type Samples } from './sorts.ts'

/** Each key changes the rows shown: a letter filters, Backspace shows every instance again. */
const KEYS = ['l', 'Backspace', 'q', 'Backspace', 'g', 'Backspace']

/**
 * Presses KEYS in the search field one at a time, each left to filter (its debounce fires) before
 * the next: the filter is timed from the debounce firing to the frame after the last change, Event
 * Timing times the keystroke. Then, once per run, from the last key of a quickly typed
 * query to the results (the debounce included).
 */
export async function measureSearch(
  page: Page,
  instances: number,
  runs: number,
  /** Runs before each key (the floor's, timed beside it: interaction.ts); the field is refocused. */
  between?: () => Promise<void>,
): Promise<{ filter: Samples; resultsMs: number[] }> {
  const filter = samples()
  const resultsMs: number[] = []
  const search = page.getByRole('searchbox', { name: 'Search' })
  for (let run = 0; run < runs; run++) {
    await search.fill('')
    await whenCountIs(page, countText(instances))
    await search.focus()
    for (const key of KEYS) {
      if (between) {
        await between()
        await search.focus()
      }
      await timed(page, filter, 'keydown', () => page.keyboard.press(key), 'debounce')
    }
    await search.fill('')
    await whenCountIs(page, countText(instances))
    await settle(page)
    const lastKeyAt = await page.evaluate(() => performance.now())
    await page.keyboard.type('qwen')
    const shownAt = await page.waitForFunction(
      () =>
        /^[\d,]+ of /.test(
          document.querySelector('[role="toolbar"] [role="status"]')?.textContent ?? '',
        ) && performance.now(),
      undefined,
      { polling: 'raf' },
    )
    resultsMs.push(((await shownAt.jsonValue()) as number) - lastKeyAt)
  }
  await search.fill('')
  await whenCountIs(page, countText(instances))
  return { filter, resultsMs }
}
