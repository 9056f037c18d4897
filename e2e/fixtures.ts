import { test as base, expect, type Page } from '@playwright/test'
import { SIM_PORT } from './ports.ts'
import { DEFAULT_SIM_OPTIONS, type ReceivedRequest, type SimSettings } from '../sim/server.ts'

const SIM_URL = `http://127.0.0.1:${SIM_PORT}`

/** The simulator's test-only controls, on its own port (never reachable through the app). */
export const sim = {
  async configure(options: SimSettings): Promise<void> {
    const response = await fetch(`${SIM_URL}/__sim/configure`, {
      method: 'POST',
      body: JSON.stringify(options),
    })
    expect(response.ok).toBe(true)
  },
  /** Back to the documented defaults, with demo-mode status changes off so that counts hold still. */
  async reset(): Promise<void> {
    await sim.configure(DEFAULT_SIM_OPTIONS)
  },
  async received(): Promise<ReceivedRequest[]> {
    return (await (await fetch(`${SIM_URL}/__sim/received`)).json()) as ReceivedRequest[]
  },
  /** Moves the simulator's clock forward: stops settle, and in demo mode disks fill and scheduled stops come due. */
  async advance(ms: number): Promise<void> {
    const response = await fetch(`${SIM_URL}/__sim/advance`, {
      method: 'POST',
      body: JSON.stringify({ ms }),
    })
    expect(response.ok).toBe(true)
  },
}

/** Every test fails on a console error or an uncaught page error, and starts from a fresh simulator. */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose (a failed request is logged by the browser). */
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        const text = message.text()
        if (
          message.type() === 'error' &&
          !allowedConsoleErrors.some((pattern) => pattern.test(text))
        )
          errors.push(text)
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await sim.reset()
      await use(errors)
      expect(errors, 'console errors and page errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

export async function signInWithDemo(page: Page, path = '/'): Promise<void> {
  await page.goto(path)
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await expect(page.getByRole('toolbar', { name: 'Filters' }).getByRole('status')).toHaveText(
    /instances$/,
    { timeout: 20_000 },
  )
}

/** Picks a theme in the header's This device panel, then closes it. */
export async function chooseTheme(page: Page, theme: 'system' | 'light' | 'dark'): Promise<void> {
  await page.getByRole('button', { name: 'This device' }).click()
  await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden()
}
