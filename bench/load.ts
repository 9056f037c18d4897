import type { Browser } from '@playwright/test'
import type { Simulator } from '../sim/server.ts'
import { LARGE_PAGE_SIZE, PAGE_CONCURRENCY } from '../src/api/paging.ts'
import { naiveLoad } from './naive-client.ts'
import { openPage, signInAndWait } from './session.ts'
import { stat, type Stat } from './stats.ts'

export interface LoadScenario {
  instances: number
  pageCap: number
  latencyMs: number
}

export interface LoadResult extends LoadScenario {
  pages: number
  sequentialMs: number
  /** Rounds of one request (page 1, then PAGE_CONCURRENCY at a time), one request as measured. */
  limitMs: number
  /** The same rounds at the added latency alone. */
  latencyLimitMs: number
  time: Stat
  ratio: number
  /**
   * From the click to the first rows on screen, and its ratio to one request: the naive client's
   * page 1 of the same size through the same proxy, measured alternately with the app.
   */
  firstRows: Stat
  oneRequest: Stat
  firstRowsRatio: number
}

/**
 * Time from sign-in to every instance on screen, beside the sequential time and the network limit
 * (page 1, then PAGE_CONCURRENCY at a time: rounds of one request, as long as the naive client's
 * page 1 of the same size through the same proxy takes, measured alternately with the app; the
 * latency alone leaves out the proxy's hop and the page's parse, which no client escapes); and to
 * the first rows on screen.
 */
export async function measureLoad(
  browser: Browser,
  appUrl: string,
  simulator: Simulator,
  scenario: LoadScenario,
  runs: number,
): Promise<LoadResult> {
  simulator.configure({
    instances: scenario.instances,
    pageCap: scenario.pageCap,
    latencyMs: scenario.latencyMs,
    demo: false,
  })
  const pages = Math.ceil(scenario.instances / Math.min(LARGE_PAGE_SIZE, scenario.pageCap))
  const sequentialMs = pages * scenario.latencyMs
  const rounds = 1 + Math.ceil((pages - 1) / PAGE_CONCURRENCY)
  const times: number[] = []
  const firstRowTimes: number[] = []
  const oneRequestTimes: number[] = []
  for (let run = 0; run < runs; run++) {
    const reference = await naiveLoad(browser, appUrl, LARGE_PAGE_SIZE, { firstPageOnly: true })
    oneRequestTimes.push(reference.firstPageMs)
    const { page, close } = await openPage(browser, appUrl)
    const { allMs, firstRowsMs } = await signInAndWait(page, scenario.instances)
    times.push(allMs)
    firstRowTimes.push(firstRowsMs)
    await close()
  }
  const time = stat(times)
  const firstRows = stat(firstRowTimes)
  const oneRequest = stat(oneRequestTimes)
  const limitMs = Math.round(rounds * oneRequest.median)
  return {
    ...scenario,
    pages,
    sequentialMs,
    limitMs,
    latencyLimitMs: rounds * scenario.latencyMs,
    time,
    ratio: time.median / limitMs,
    firstRows,
    oneRequest,
    firstRowsRatio: firstRows.median / oneRequest.median,
  }
}

export interface UncappedLoadResult {
  instances: number
  latencyMs: number
  pageSize: number
  /** The app: from the click to every instance counted and rows on screen; and to the first rows. */
  time: Stat
  firstRows: Stat
  /** The naive client (naive-client.ts) in the same run: the whole load, and its page 1 alone. */
  naive: Stat
  naivePageOne: Stat
  ratio: number
  firstRowsRatio: number
}

/**
 * A server without a page cap (with no added latency, the load is as fast as the server, the proxy
 * and the browser allow): the app beside the naive client asking for 1,000 per page, alternately,
 * `runs` times each.
 */
export async function measureUncappedLoad(
  browser: Browser,
  appUrl: string,
  simulator: Simulator,
  { instances, latencyMs }: { instances: number; latencyMs: number },
  runs: number,
): Promise<UncappedLoadResult> {
  simulator.configure({ instances, pageCap: 0, latencyMs, demo: false })
  const times: number[] = []
  const firstRowTimes: number[] = []
  const naive: number[] = []
  const naivePageOne: number[] = []
  for (let run = 0; run < runs; run++) {
    const reference = await naiveLoad(browser, appUrl, LARGE_PAGE_SIZE)
    naive.push(reference.ms)
    naivePageOne.push(reference.firstPageMs)
    const { page, close } = await openPage(browser, appUrl)
    const { allMs, firstRowsMs } = await signInAndWait(page, instances)
    times.push(allMs)
    firstRowTimes.push(firstRowsMs)
    await close()
  }
  const result = {
    instances,
    latencyMs,
    pageSize: LARGE_PAGE_SIZE,
    time: stat(times),
    firstRows: stat(firstRowTimes),
    naive: stat(naive),
    naivePageOne: stat(naivePageOne),
  }
  return {
    ...result,
    ratio: result.time.median / result.naive.median,
    firstRowsRatio: result.firstRows.median / result.naivePageOne.median,
  }
}
