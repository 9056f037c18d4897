import type { Browser } from '@playwright/test'
import type { Simulator } from '../sim/server.ts'
import { DEFAULT_PAGE_SIZE, PAGE_CONCURRENCY } from '../src/api/paging.ts'
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
  limitMs: number
  time: Stat
  ratio: number
  /** From the click to the first rows on screen, and its ratio to one request's latency. */
  firstRows: Stat
  firstRowsRatio: number
}

/**
 * Time from sign-in to every instance on screen, beside the sequential time and the concurrency
 * limit; and to the first rows on screen.
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
  const pages = Math.ceil(scenario.instances / Math.min(DEFAULT_PAGE_SIZE, scenario.pageCap))
  const sequentialMs = pages * scenario.latencyMs
  const limitMs = (1 + Math.ceil((pages - 1) / PAGE_CONCURRENCY)) * scenario.latencyMs
  const times: number[] = []
  const firstRowTimes: number[] = []
  for (let run = 0; run < runs; run++) {
    const { page, close } = await openPage(browser, appUrl)
    const { allMs, firstRowsMs } = await signInAndWait(page, scenario.instances)
    times.push(allMs)
    firstRowTimes.push(firstRowsMs)
    await close()
  }
  const time = stat(times)
  const firstRows = stat(firstRowTimes)
  return {
    ...scenario,
    pages,
    sequentialMs,
    limitMs,
    time,
    ratio: time.median / limitMs,
    firstRows,
    firstRowsRatio: firstRows.median / scenario.latencyMs,
  }
}
