import type { Browser, Page } from '@playwright/test'
import { PROBES } from './page-probes.ts'

/** The device's auto-refresh setting (src/app/use-refresh-interval.ts) set to Off. */
const REFRESH_OFF = `localStorage.setItem('hpcai.refreshIntervalMs', '0')`

export interface BenchPage {
  page: Page
  close: () => Promise<void>
}

/**
 * A 1440x900 page on the app. `quiet`: the list's auto-refresh is off (the device's setting), so
 * that no background reload of the whole fleet lands inside an interaction being timed (a refresh
 * is measured on its own, refresh.ts).
 */
export async function openPage(
  browser: Browser,
  appUrl: string,
  { quiet = false } = {},
): Promise<BenchPage> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
  })
  const page = await context.newPage()
  await page.addInitScript(PROBES)
  if (quiet) await page.addInitScript(REFRESH_OFF)
  await page.goto(appUrl)
  return { page, close: () => context.close() }
}

export const countText = (count: number) => `${count.toLocaleString('en-US')} instances`

/** Waits, polling every frame, until the count line reads `text` and rows show; resolves with the page's clock. */
export async function whenCountIs(page: Page, text: string, timeoutMs = 180_000): Promise<number> {
  const handle = await page.waitForFunction(
    (expected) => {
      const line = document.querySelector('[role="toolbar"] [role="status"]')
      // On screen means the count and the rows: the table has painted its first instance.
      const rows =
        document.querySelector('tbody tr[data-row-index]') !== null || expected.startsWith('0 ')
      return line?.textContent === expected && rows ? performance.now() : false
    },
    text,
    { polling: 'raf', timeout: timeoutMs },
  )
  return (await handle.jsonValue()) as number
}

export interface SignInTimes {
  /** From the click to every instance counted and rows on screen. */
  allMs: number
  /** From the click to the frame that first has instance rows in the DOM. */
  firstRowsMs: number
}

/** Signs in with the demo token; resolves with ms from the click to the first rows and to all `count`. */
export async function signInAndWait(page: Page, count: number): Promise<SignInTimes> {
  const button = page.getByRole('button', { name: 'Use demo token' })
  await button.waitFor()
  // Clicked once the token screen is idle, as a person reading it would be slower than (the app
  // fetches and runs what the dashboard needs first in that time), not within a frame of its
  // appearing.
  const idle = () =>
    page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2_000 })))
  await idle()
  await page.waitForLoadState('networkidle')
  await idle()
  // Timed from the click event itself, not from when Playwright was asked to click.
  await page.evaluate(() => {
    document.addEventListener(
      'click',
      (event) => ((window as unknown as { __clickAt: number }).__clickAt = event.timeStamp),
      {
        capture: true,
        once: true,
      },
    )
  })
  await button.click()
  const shownAt = await whenCountIs(page, countText(count))
  const { clickAt, firstRowsAt } = await page.evaluate(() => ({
    clickAt: (window as unknown as { __clickAt: number }).__clickAt,
    firstRowsAt: (window as unknown as { __bench: Probes }).__bench.firstRowsAt,
  }))
  return { allMs: shownAt - clickAt, firstRowsMs: firstRowsAt - clickAt }
}

export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 60)))
      }),
  )
}

interface Probes {
  events: { name: string; duration: number; interactionId: number }[]
  longTasks: number[]
  rowRenders: number
  firstRowsAt: number
}

export async function resetProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: Probes }).__bench
    bench.events = []
    bench.longTasks = []
    bench.rowRenders = 0
  })
}

export function readProbes(page: Page): Promise<Probes> {
  return page.evaluate(() => (window as unknown as { __bench: Probes }).__bench)
}

/** The longest event of the interactions since the last reset (0: all under the 16 ms threshold). */
export async function longestInteraction(page: Page): Promise<number> {
  const { events } = await readProbes(page)
  return Math.max(
    0,
    ...events.filter((event) => event.interactionId > 0).map((event) => event.duration),
  )
}
