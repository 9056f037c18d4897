/**
 * `npx tsx bench/profile.ts [instances] [sort|search|facet|drawer]`: where an interaction's time
 * goes. Builds the app (unminified), loads `instances` (10,000 by default) without a page cap, then
 * records a Chromium trace while it does the interaction as the bench does (sort: every sortable
 * column twice) and clicks the browser floor's button (floor.ts). For each interaction it takes the
 * renderer main thread's work from the input event (or the search debounce) to the end of the frame
 * after the last DOM change (frame-probe.ts) and sums it by kind: script (React, the app), style,
 * layout, paint and the rest; prints medians per interaction and for the floor, and the script's
 * heaviest functions (a CPU profile over the same windows), by self time and by total time (the
 * function and what it called: React components show what rendering them costs).
 * E2E_APP_PORT / E2E_SIM_PORT pick ports; TOP=n prints n functions by total time (45).
 */
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { measureDrawerOpen } from './drawer.ts'
import { measureFacet } from './facet.ts'
import { measureRenderFloor } from './floor.ts'
import { installFrameProbe, timedWindows } from './frame-probe.ts'
import { cpuByFunction } from './profile-cpu.ts'
import { serveApp } from './serve-app.ts'
import { mainThreadByKind, traceOffsetUs, type TraceEvent } from './profile-trace.ts'
import { measureSearch } from './search.ts'
import { openPage, signInAndWait } from './session.ts'
import { measureSorts } from './sorts.ts'
import { stat } from './stats.ts'

const instances = Number(process.argv[2] ?? 10_000)
const what = process.argv[3] ?? 'sort'
const RUNS = 5
const INTERACTIONS: Record<string, (page: Page) => Promise<unknown>> = {
  sort: (page) => measureSorts(page),
  search: (page) => measureSearch(page, instances, RUNS),
  facet: (page) => measureFacet(page, instances, RUNS),
  drawer: (page) => measureDrawerOpen(page, RUNS),
}
const interact = INTERACTIONS[what]
if (!interact)
  throw new Error(`profile: no interaction ${what} (${Object.keys(INTERACTIONS).join(', ')})`)

execSync('npx vite build --logLevel warn --minify false', { stdio: 'inherit' })
const { demo, browser } = await serveApp()
try {
  demo.simulator.configure({ instances, pageCap: 0, latencyMs: 0, demo: false })
  const { page, close } = await openPage(browser, demo.appUrl, { quiet: true })
  await signInAndWait(page, instances)
  await installFrameProbe(page)
  await page.waitForTimeout(300)
  const cdp = await page.context().newCDPSession(page)
  const categories = [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'blink.user_timing',
  ]
  await browser.startTracing(page, { categories })
  const syncStartMs = await page.evaluate(() => performance.mark('bench-sync').startTime)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  await interact(page)
  const windows = await timedWindows(page)
  const { profile } = await cdp.send('Profiler.stop')
  await measureRenderFloor(page, 9)
  const floorWindows = (await timedWindows(page)).slice(windows.length)
  const traceText = (await browser.stopTracing()).toString('utf8')
  // PROFILE_OUT=dir keeps the trace and the windows, for a closer look.
  if (process.env.PROFILE_OUT) {
    writeFileSync(`${process.env.PROFILE_OUT}/trace.json`, traceText)
    const sync = { syncStartMs, windows, floorWindows }
    writeFileSync(`${process.env.PROFILE_OUT}/windows.json`, JSON.stringify(sync))
  }
  const trace = JSON.parse(traceText) as { traceEvents: TraceEvent[] }
  for (const [name, list] of [
    [what, windows],
    ['floor', floorWindows],
  ] as const) {
    const kinds = mainThreadByKind(trace.traceEvents, list, syncStartMs)
    const line = Object.entries(kinds)
      .map(([kind, values]) => `${kind} ${stat(values).median.toFixed(1)}`)
      .join(', ')
    const frames = stat(list.map(([start, end]) => end - start)).median.toFixed(1)
    console.log(
      `${name} at ${instances} (${list.length} times): frame ${frames} ms; main thread ms each (median): ${line}`,
    )
  }
  const offsetUs = traceOffsetUs(trace.traceEvents, syncStartMs)
  const { self, total, sampledMs } = cpuByFunction(profile, windows, offsetUs)
  console.log(
    `CPU profile inside the ${windows.length} ${what} windows: ${sampledMs.toFixed(0)} ms sampled; ms per ${what}:`,
  )
  const per = (ms: number) => (ms / windows.length).toFixed(2).padStart(7)
  const top = (map: Map<string, number>, count: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count)
  console.log('  self:')
  for (const [name, ms] of top(self, 30)) console.log(`${per(ms)}  ${name}`)
  console.log('  total (the function and what it called):')
  for (const [name, ms] of top(total, Number(process.env.TOP ?? 45)))
    console.log(`${per(ms)}  ${name}`)
  await close()
} finally {
  await browser.close()
  await demo.close()
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
}
