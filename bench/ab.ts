/**
 * `npx tsx bench/ab.ts DIR_A DIR_B [instances] [rounds] [kinds]`: two builds side by side, for measuring one
 * change. Serves both (each through the real proxy, against one simulator), signs in on each in
 * its own page, then, round after round, times on each page in turn (alternating which goes first)
 * what the bench times: sorts (every sortable column), search filter keys, facet toggles, drawer
 * opens, and the browser floor (floor.ts), frame-accurately. Prints each median (with its ratio to
 * the floor of both pages) and lower quartile: the machine's load drifts alike for both, so the
 * difference is the change's.
 * Build a directory with `npx vite build --outDir DIR`. E2E_APP_PORT (and the next port) and
 * E2E_SIM_PORT pick ports.
 */
import { resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { preview } from 'vite'
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts'
import { startDemo } from '../scripts/start-demo.ts'
import { measureDrawerOpen } from './drawer.ts'
import { measureFacet } from './facet.ts'
import { measureRenderFloor } from './floor.ts'
import { installFrameProbe } from './frame-probe.ts'
import { measureSearch } from './search.ts'
import { openPage, signInAndWait } from './session.ts'
import { measureSorts, type Samples } from './sorts.ts'
import { stat } from './stats.ts'

const [dirA, dirB] = process.argv.slice(2, 4)
if (!dirA || !dirB) throw new Error('ab: give two build directories')
const instances = Number(process.argv[4] ?? 10_000)
const rounds = Number(process.argv[5] ?? 3)
const appPort = Number(process.env.E2E_APP_PORT ?? 4173)

const demo = await startDemo({
  preview: true,
  port: appPort + 2,
  simPort: Number(process.env.E2E_SIM_PORT ?? 0),
  sim: { demo: false },
})
const servers = await Promise.all(
  [dirA, dirB].map((dir, index) =>
    preview({
      build: { outDir: resolve(dir) },
      preview: { port: appPort + index, strictPort: true, host: '127.0.0.1' },
      logLevel: 'warn',
    }),
  ),
)
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
const ALL_KINDS = ['sort', 'search', 'facet', 'drawer', 'floor'] as const
type Kind = (typeof ALL_KINDS)[number]
/** A comma-separated list picks some (the floor always comes along). */
const picked = process.argv[6]?.split(',')
const KINDS = ALL_KINDS.filter((kind) => !picked || kind === 'floor' || picked.includes(kind))
const measures: Record<Kind, (page: Page) => Promise<Samples>> = {
  sort: async (page) => (await measureSorts(page)).all,
  search: async (page) => (await measureSearch(page, instances, 1)).filter,
  facet: (page) => measureFacet(page, instances, 2),
  drawer: (page) => measureDrawerOpen(page, 3),
  floor: (page) => measureRenderFloor(page, 5),
}
try {
  demo.simulator.configure({ instances, pageCap: 0, latencyMs: 0, demo: false })
  const pages = []
  for (const server of servers) {
    const url = server.resolvedUrls?.local[0] ?? ''
    const { page } = await openPage(browser, url, { quiet: true })
    await signInAndWait(page, instances)
    await installFrameProbe(page)
    pages.push(page)
  }
  const frames = pages.map(() => Object.fromEntries(KINDS.map((kind) => [kind, [] as number[]])))
  for (let round = 0; round < rounds; round++) {
    for (const kind of KINDS) {
      const order = round % 2 ? [1, 0] : [0, 1]
      for (const which of order) {
        const page = pages[which] as Page
        frames[which]?.[kind]?.push(...(await measures[kind](page)).frame)
      }
    }
    console.log(`ab: round ${round + 1} of ${rounds} done`)
  }
  // A busy machine only ever adds time: the lower quartile shows the change's own cost best.
  const quartile = (values: number[] = []) =>
    [...values].sort((x, y) => x - y)[Math.floor(values.length / 4)] ?? 0
  // The floor of both pages together: the reference, steadier than each page's own.
  const floor = stat(frames.flatMap((byKind) => byKind.floor ?? [])).median
  console.log(`ab at ${instances.toLocaleString('en-US')}: frame ms (median's ratio to the floor)`)
  console.log('kind       median A (x floor)  median B (x floor)   B/A | quartile A     B   B/A')
  for (const kind of KINDS) {
    const [a = 0, b = 0] = frames.map((byKind) => stat(byKind[kind] ?? []).median)
    const [qa = 0, qb = 0] = frames.map((byKind) => quartile(byKind[kind]))
    const cell = (ms: number) => `${ms.toFixed(1)} (${(ms / floor).toFixed(2)}x)`.padStart(18)
    console.log(
      `${kind.padEnd(8)} ${cell(a)}  ${cell(b)}  ${(b / a).toFixed(2).padStart(4)} | ${qa.toFixed(1).padStart(10)} ${qb.toFixed(1).padStart(5)} ${(qb / qa).toFixed(2).padStart(5)}`,
    )
  }
} finally {
  await browser.close()
  await Promise.allSettled(servers.map((server) => server.close()))
  await demo.close()
}
