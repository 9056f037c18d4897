import type { Browser, CDPSession, Page } from '@playwright/test'
import type { Simulator } from '../sim/server.ts'
import { measureDrawerOpen } from './drawer.ts'
import { measureRenderFloor } from './floor.ts'
import { measureSorts } from './sorts.ts'
import {
  countText,
  longestInteraction,
  openPage,
  readProbes,
  resetProbes,
  settle,
  signInAndWait,
  whenCountIs,
} from './session.ts'
import { stat, type Stat } from './stats.ts'

export interface InteractionResult {
  instances: number
  /** Sorting by a column not sorted before, and by one sorted before. */
  sort: Stat
  sortAgain: Stat
  searchKeystroke: Stat
  searchResultsMs: Stat
  facetToggle: Stat
  drawerOpen: Stat
  /** The browser alone showing new text in the rows on screen (see floor.ts). */
  renderFloor: Stat
  rowsInDom: number
  trInDom: number
  heapMb: Stat
  refreshRowRenders: Stat
  refreshLongTasksMs: Stat
  refreshMs: Stat
}

const countLine = (page: Page) => page.getByRole('toolbar', { name: 'Filters' }).getByRole('status')

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const usage = await cdp.send('Runtime.getHeapUsage')
  return usage.usedSize / 1024 / 1024
}

/**
 * Sorts, search keystrokes, facet toggles and drawer opens at `instances` rows, by Event Timing;
 * rows in the DOM, JS heap, and what a refresh of unchanged data costs.
 */
export async function measureInteractions(
  browser: Browser,
  appUrl: string,
  simulator: Simulator,
  instances: number,
  runs: number,
): Promise<InteractionResult> {
  simulator.configure({ instances, pageCap: 100, latencyMs: 0, demo: false })
  const { page, close } = await openPage(browser, appUrl)
  const cdp = await page.context().newCDPSession(page)
  await signInAndWait(page, instances)
  await settle(page)

  const sorts = await measureSorts(page, runs)

  const keystrokes: number[] = []
  const resultsMs: number[] = []
  const search = page.getByRole('searchbox', { name: 'Search' })
  for (let run = 0; run < runs; run++) {
    await search.fill('')
    await whenCountIs(page, countText(instances))
    await search.focus()
    let lastKeyAt = 0
    for (const key of 'llama') {
      await resetProbes(page)
      lastKeyAt = await page.evaluate(() => performance.now())
      await page.keyboard.press(key)
      await settle(page)
      keystrokes.push(await longestInteraction(page))
    }
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

  const facet: number[] = []
  await page.getByRole('button', { name: 'Status', exact: true }).click()
  const running = page.getByRole('checkbox', { name: 'Running', exact: true })
  for (let run = 0; run < runs * 2; run++) {
    await resetProbes(page)
    const before = await countLine(page).innerText()
    await running.click()
    await page.waitForFunction(
      (previous) =>
        document.querySelector('[role="toolbar"] [role="status"]')?.textContent !== previous,
      before,
    )
    await settle(page)
    facet.push(await longestInteraction(page))
  }
  await page.keyboard.press('Escape')
  await whenCountIs(page, countText(instances))

  const drawer = await measureDrawerOpen(page, runs)

  const dom = await page.evaluate(() => ({
    rows: document.querySelectorAll('tbody tr[data-row-index]').length,
    tr: document.querySelectorAll('tr').length,
  }))
  const heaps: number[] = []
  for (let run = 0; run < runs; run++) heaps.push(await heapMb(cdp))

  const renders: number[] = []
  const longTasks: number[] = []
  const refreshMs: number[] = []
  const refresh = page.getByRole('button', { name: /^Refresh/ })
  for (let run = 0; run < runs; run++) {
    await resetProbes(page)
    const started = Date.now()
    await refresh.click()
    await page
      .waitForFunction(
        () => document.querySelector('button[aria-busy="true"]') !== null,
        undefined,
        { polling: 'raf' },
      )
      .catch(() => undefined)
    await page.waitForFunction(
      () => document.querySelector('button[aria-busy="true"]') === null,
      undefined,
      { polling: 'raf' },
    )
    refreshMs.push(Date.now() - started)
    await settle(page)
    const probes = await readProbes(page)
    renders.push(probes.rowRenders)
    longTasks.push(probes.longTasks.reduce((sum, task) => sum + task, 0))
  }
  const floor = await measureRenderFloor(page, runs)
  await close()
  return {
    instances,
    sort: stat(sorts.fresh),
    sortAgain: stat(sorts.again),
    searchKeystroke: stat(keystrokes),
    searchResultsMs: stat(resultsMs),
    facetToggle: stat(facet),
    drawerOpen: stat(drawer),
    renderFloor: stat(floor),
    rowsInDom: dom.rows,
    trInDom: dom.tr,
    heapMb: stat(heaps),
    refreshRowRenders: stat(renders),
    refreshLongTasksMs: stat(longTasks),
    refreshMs: stat(refreshMs),
  }
}
