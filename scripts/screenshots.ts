/**
 * `npm run screenshots`: the README's pictures (docs/*.png: light at 1440 px, dark with an
 * instance's drawer open, a 390x844 phone) and, in docs/screens/, every width the layouts are
 * built for (1440, 1024, 390) in light and dark, loaded (the simulator's default data) and while
 * a 10,000-instance fleet is still loading (page 1 in, its figures "so far"), taken from the built
 * app in real Chromium, so they are regenerated, never drawn by hand.
 * `-- --out DIR` writes them elsewhere (to look at before replacing the committed ones).
 */
import { execSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Page } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts'
import { DEFAULT_INSTANCES } from '../e2e/sim-data.ts'
import { startDemo } from './start-demo.ts'

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs' } } })
const out = values.out
mkdirSync(out, { recursive: true })

/** Running with its root disk at 97 %: its drawer shows an attention note, SSH and disks. */
const DRAWER_INSTANCE = 'whisper-debug-025'

/** Exactly the pictures the README shows, each with the simulator's default data. */
const SHOTS = [
  { file: 'dashboard-light.png', width: 1440, height: 900, scheme: 'light', drawer: false },
  { file: 'dashboard-dark.png', width: 1440, height: 900, scheme: 'dark', drawer: true },
  { file: 'dashboard-phone.png', width: 390, height: 844, scheme: 'light', drawer: false },
] as const

/** The layouts at each width and theme, loaded and loading (docs/screens/). */
const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const
const SCREENS = WIDTHS.flatMap((size) =>
  (['light', 'dark'] as const).flatMap((scheme) =>
    (['loaded', 'loading'] as const).map((state) => ({ ...size, scheme, state })),
  ),
)

function instanceId(name: string): string {
  const found = DEFAULT_INSTANCES.find((instance) => instance.instanceSpecInfo.name === name)
  if (!found) throw new Error(`no instance ${name} in the simulator's default data`)
  return found.instanceMetadata.instanceId
}

/** Signs in with the demo token on `url` (a view: the drawer opens from it) and waits for it all. */
async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await page
    .getByRole('table', { name: 'Instances' })
    .locator('tbody tr[data-row-index]')
    .first()
    .waitFor()
  // What loads after the first paint (layout kit, export tools, the drawer's code), then fonts.
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready)
  // The click left the pointer over a row (hover shade, flag tooltip): park it on the header's edge.
  await page.mouse.move(Math.round((page.viewportSize()?.width ?? 0) / 2), 1)
}

execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
const demo = await startDemo({ preview: true, simPort: 0, sim: { demo: false } })
// A big fleet whose later pages take their time: the screens while it loads.
const slow = await startDemo({
  preview: true,
  simPort: 0,
  sim: { demo: false, instances: 10_000, pageCap: 500, latencyMs: 4_000 },
})
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })

/** A fresh page at a screen's size and colour scheme. */
async function openAt(screen: { width: number; height: number; scheme: 'light' | 'dark' }) {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    colorScheme: screen.scheme,
    deviceScaleFactor: 1,
  })
  return { context, page: await context.newPage() }
}

try {
  mkdirSync(join(out, 'screens'), { recursive: true })
  for (const screen of SCREENS) {
    const { context, page } = await openAt(screen)
    if (screen.state === 'loaded') await signIn(page, demo.appUrl)
    else {
      await page.goto(slow.appUrl)
      await page.getByRole('button', { name: 'Use demo token' }).click()
      await page
        .getByRole('toolbar', { name: 'Filters' })
        .getByRole('status')
        .getByText(/of 10,000 loaded/)
        .waitFor({ timeout: 30_000 })
      await page.mouse.move(Math.round(screen.width / 2), 1)
    }
    const file = join(out, 'screens', `${screen.width}-${screen.scheme}-${screen.state}.png`)
    await page.screenshot({ path: file })
    console.log(`screenshots: ${file}`)
    await context.close()
  }
  for (const shot of SHOTS) {
    const { context, page } = await openAt(shot)
    const view = shot.drawer ? `?instance=${instanceId(DRAWER_INSTANCE)}` : ''
    await signIn(page, new URL(view, demo.appUrl).href)
    if (shot.drawer) await page.getByRole('dialog', { name: DRAWER_INSTANCE }).waitFor()
    await page.screenshot({ path: join(out, shot.file) })
    console.log(`screenshots: ${join(out, shot.file)}`)
    await context.close()
  }
} finally {
  await browser.close()
  await demo.close()
  await slow.close()
}
