/**
 * `npx tsx bench/profile.ts [instances]`: where an interaction's time goes. Builds the app, loads
 * `instances` (10,000 by default) without a page cap, then records a Chromium trace while it sorts
 * every sortable column twice and clicks the browser floor's button (floor.ts) as often. For each
 * click it takes the renderer main thread's work from the input event to the end of the frame after
 * the last DOM change (frame-probe.ts) and sums it by kind: script (React, the app), style, layout,
 * paint and the rest; prints medians per click for sorts and for the floor, and the script's
 * heaviest functions (a CPU profile over the same sorts). E2E_APP_PORT / E2E_SIM_PORT pick ports.
 */
import { execSync } from 'node:child_process'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts'
import { startDemo } from '../scripts/start-demo.ts'
import { measureRenderFloor } from './floor.ts'
import { installFrameProbe, timedWindows } from './frame-probe.ts'
import { mainThreadByKind, traceOffsetUs, type TraceEvent } from './profile-trace.ts'
import { openPage, signInAndWait } from './session.ts'
import { measureSorts } from './sorts.ts'
import { stat } from './stats.ts'

const instances = Number(process.argv[2] ?? 10_000)
const port = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined)

execSync('npx vite build --logLevel warn --minify false', { stdio: 'inherit' })
const demo = await startDemo({
  preview: true,
  port: port('E2E_APP_PORT'),
  simPort: port('E2E_SIM_PORT') ?? 0,
  sim: { demo: false },
})
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
try {
  demo.simulator.configure({ instances, pageCap: 0, latencyMs: 0, demo: false })
  const { page, close } = await openPage(browser, demo.appUrl)
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
  await measureSorts(page)
  const sortWindows = await timedWindows(page)
  const { profile } = await cdp.send('Profiler.stop')
  await measureRenderFloor(page, 9)
  const floorWindows = (await timedWindows(page)).slice(sortWindows.length)
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[]
  }
  for (const [what, list] of [
    ['sort', sortWindows],
    ['floor', floorWindows],
  ] as const) {
    const kinds = mainThreadByKind(trace.traceEvents, list, syncStartMs)
    const line = Object.entries(kinds)
      .map(([kind, values]) => `${kind} ${stat(values).median.toFixed(1)}`)
      .join(', ')
    const frames = stat(list.map(([start, end]) => end - start)).median.toFixed(1)
    console.log(
      `${what} at ${instances} (${list.length} clicks): frame ${frames} ms; main thread ms per click (median): ${line}`,
    )
  }
  // The CPU profile's samples inside the clicks' windows (its clock is the trace's).
  const offsetUs = traceOffsetUs(trace.traceEvents, syncStartMs)
  const inWindow = (us: number) =>
    sortWindows.some(([start, end]) => us >= start * 1000 + offsetUs && us <= end * 1000 + offsetUs)
  const self = new Map<string, number>()
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const deltas = profile.timeDeltas ?? []
  let at = profile.startTime
  ;(profile.samples ?? []).forEach((id, index) => {
    const delta = deltas[index] ?? 0
    at += delta
    if (!inWindow(at)) return
    const frame = byId.get(id)?.callFrame
    const file =
      frame?.url
        .split('/')
        .pop()
        ?.replace(/-[\w-]{8}\.js$/, '') ?? ''
    const key = frame ? `${frame.functionName || '(anonymous)'} ${file}` : '?'
    self.set(key, (self.get(key) ?? 0) + delta / 1000)
  })
  const total = [...self.values()].reduce((sum, ms) => sum + ms, 0)
  console.log(
    `CPU profile inside the ${sortWindows.length} sort clicks: ${total.toFixed(0)} ms sampled; self ms by function:`,
  )
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${ms.toFixed(1).padStart(8)}  ${name}`)
  await close()
} finally {
  await browser.close()
  await demo.close()
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
}
