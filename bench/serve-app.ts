import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts'
import { startDemo } from '../scripts/start-demo.ts'

const port = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined)

/**
 * The built app through the real proxy in front of the simulator (demo dynamics off), on
 * E2E_APP_PORT / E2E_SIM_PORT when set, and a Chromium to drive it.
 */
export async function serveApp() {
  const demo = await startDemo({
    preview: true,
    port: port('E2E_APP_PORT'),
    simPort: port('E2E_SIM_PORT') ?? 0,
    sim: { demo: false },
  })
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  return { demo, browser }
}
