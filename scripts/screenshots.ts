/**
 * `npm run screenshots`: the README's pictures (docs/*.png), taken from the built app on the
 * simulator in real Chromium, so they are regenerated, never drawn by hand.
 * `-- --out DIR` writes them elsewhere (a review of every width and theme).
 */
import { execSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Page } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts'
import { startDemo } from './start-demo.ts'

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs' } } })
const out = values.out
mkdirSync(out, { recursive: true })

const SHOTS = [
  { file: 'dashboard-light.png', width: 1440, height: 900, scheme: 'light' },
  { file: 'dashboard-dark.png', width: 1440, height: 900, scheme: 'dark' },
  { file: 'dashboard-phone.png', width: 390, height: 844, scheme: 'light' },
] as const

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await page
    .getByRole('table', { name: 'Instances' })
    .locator('tbody tr[data-row-index]')
    .first()
    .waitFor()
}

execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
const demo = await startDemo({ preview: true, simPort: 0, sim: { demo: false } })
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.scheme,
      deviceScaleFactor: 1,
    })
    const page = await context.newPage()
    await signIn(page, demo.appUrl)
    await page.screenshot({ path: join(out, shot.file) })
    console.log(`screenshots: ${join(out, shot.file)}`)
    await context.close()
  }
} finally {
  await browser.close()
  await demo.close()
}
