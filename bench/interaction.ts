import type { Browser, CDPSession, Page } from '@playwright/test'
import type { Simulator } from '../sim/server.ts'
import { measureDialogFloor } from './dialog-floor.ts'
import { measureDrawerOpen } from './drawer.ts'
import { installRenderFloor } from './floor.ts'
import { installFrameProbe } from './frame-probe.ts'
import { measureRefresh, type RefreshResult } from './refresh.ts'
import { measureSearch } from './search.ts'
import { measureFacet } from './facet.ts'
import { openPage, signInAndWait } from './session.ts'
import { measureSorts, samples, type Samples } from './sorts.ts'
import { stat, type Stat } from './stats.ts'

/** An interaction's figures: frame-accurate and by Event Timing. */
export interface Timed {
  frame: Stat
  eventTiming: Stat
}

export interface InteractionResult extends RefreshResult {
  instances: number
  /** Every sortable column clicked twice; and the first click of each. */
  sort: Timed
  sortFirst: Timed
  /** Frame: from the debounce firing to the rows; Event Timing: the keystroke itself. */
  search: Timed
  searchResultsMs: Stat
  facetToggle: Timed
  drawerOpen: Timed
  /** The browser alone showing new text in the rows on screen (see floor.ts), on a click. */
  renderFloor: Timed
  /** The same, set off by a timer of the search's debounce: the reference of a search. */
  searchFloor: Timed
  /** A static copy of the drawer opened as a native modal dialog, no app script (dialog-floor.ts). */
  dialogFloor: Timed
  /** The same dialog empty: the page made inert alone. */
  emptyDialogFloor: Timed
  rowsInDom: number
  trInDom: number
  /** Elements in one row of the table, the row included (the mean over the rows in the DOM). */
  elementsPerRow: number
  heapMb: Stat
}

/** How long after the last page the first sort is clicked (orders computed in idle time may be missing). */
const SORT_AFTER_LOAD_MS = 300

const timedStat = (samples: Samples): Timed => ({
  frame: stat(samples.frame),
  eventTiming: stat(samples.eventTiming),
})

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const usage = await cdp.send('Runtime.getHeapUsage')
  return usage.usedSize / 1024 / 1024
}

const domCounts = (page: Page) =>
  page.evaluate(() => {
    const rows = [...document.querySelectorAll('tbody tr[data-row-index]')]
    const elements = rows.reduce((sum, row) => sum + 1 + row.querySelectorAll('*').length, 0)
    return {
      rowsInDom: rows.length,
      trInDom: document.querySelectorAll('tr').length,
      elementsPerRow: rows.length ? elements / rows.length : 0,
    }
  })

/**
 * Sorts (every sortable column, 300 ms after the last page), search filtering, facet toggles and
 * drawer opens at `instances` rows, each timed frame-accurately and by Event Timing, beside the
 * browser's floor timed the same way; rows in the DOM, JS heap, and what a refresh costs.
 */
export async function measureInteractions(
  browser: Browser,
  appUrl: string,
  simulator: Simulator,
  instances: number,
  runs: number,
): Promise<InteractionResult> {
  simulator.configure({ instances, pageCap: 0, latencyMs: 0, demo: false })
  const { page, close } = await openPage(browser, appUrl, { quiet: true })
  const cdp = await page.context().newCDPSession(page)
  await signInAndWait(page, instances)
  await installFrameProbe(page)
  await page.waitForTimeout(SORT_AFTER_LOAD_MS)

  // The floor is timed beside the interactions, a pair of its clicks before each (facet toggles
  // excepted: its menu is open; the floor is timed after them), not once at the end: the machine's
  // pace drifts over a run (right after a load most of all), and each ratio should hold its
  // interaction against the same moments. A search is held against the floor set off by a timer,
  // as it is (floor.ts).
  const floor = samples()
  const searchFloor = samples()
  const clickFloor = await installRenderFloor(page)
  const timerFloor = await installRenderFloor(page, 'debounce')
  const sorts = await measureSorts(page, () => clickFloor.pair(floor))
  const search = await measureSearch(page, instances, runs, () => timerFloor.pair(searchFloor))
  const facet = await measureFacet(page, instances, runs)
  for (let run = 0; run < runs; run++) await clickFloor.pair(floor)
  const drawer = await measureDrawerOpen(page, runs * 2, () => clickFloor.pair(floor))
  await clickFloor.remove()
  await timerFloor.remove()
  const dialogFloor = await measureDialogFloor(page, runs * 2)
  const dom = await domCounts(page)
  const heaps: number[] = []
  for (let run = 0; run < runs; run++) heaps.push(await heapMb(cdp))
  const refresh = await measureRefresh(page, runs)
  await close()
  return {
    instances,
    sort: timedStat(sorts.all),
    sortFirst: timedStat(sorts.first),
    search: timedStat(search.filter),
    searchResultsMs: stat(search.resultsMs),
    facetToggle: timedStat(facet),
    drawerOpen: timedStat(drawer),
    renderFloor: timedStat(floor),
    searchFloor: timedStat(searchFloor),
    dialogFloor: timedStat(dialogFloor.markup),
    emptyDialogFloor: timedStat(dialogFloor.empty),
    ...dom,
    heapMb: stat(heaps),
    ...refresh,
  }
}
