import type { Page } from '@playwright/test'
import { readProbes, resetProbes, settle } from './session.ts'
import { stat, type Stat } from './stats.ts'

export interface RefreshResult {
  refreshRowRenders: Stat
  refreshLongTasksMs: Stat
  refreshMs: Stat
}

/** Refreshes unchanged data `runs` times: rows re-rendered (should be none), long tasks, duration. */
export async function measureRefresh(page: Page, runs: number): Promise<RefreshResult> {
  const renders: number[] = []
  const longTasks: number[] = []
  const refreshMs: number[] = []
  const refresh = page.getByRole('button', { name: /^Refresh/ })
  await page.evaluate('window.__bench.countRows = true')
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
  await page.evaluate('window.__bench.countRows = false')
  return {
    refreshRowRenders: stat(renders),
    refreshLongTasksMs: stat(longTasks),
    refreshMs: stat(refreshMs),
  }
}
