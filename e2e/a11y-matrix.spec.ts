import type { Locator, Page } from '@playwright/test'
import { wcagViolations } from './axe.ts'
import { chooseTheme, expect, test } from './fixtures.ts'
import { bodyRows } from './locators.ts'
import { confirmDialog, instanceNamed, rowOf } from './stops.ts'

/**
 * WCAG 2.1 A/AA (axe, every impact) on every screen and every menu, dialog and panel, in light and
 * dark, at desktop and phone width. One page load per width: each surface is opened, checked in
 * both themes (the system setting switched under it) and closed in turn, and the violations of all
 * of them are reported together.
 */

const running = instanceNamed('mistral-train-011')
const FACETS = ['Status', 'Region', 'GPU type', 'Health', 'Billing', 'Attention']
const THEMES = ['light', 'dark'] as const

class Sweep {
  readonly found: string[] = []
  readonly checked: string[] = []
  constructor(private readonly page: Page) {}

  /** Checks the page (or the parts the selectors match) as it is now, in each theme. */
  async check(surface: string, include?: string[]): Promise<void> {
    this.checked.push(surface)
    for (const theme of THEMES) {
      await this.page.emulateMedia({ colorScheme: theme })
      for (const line of await wcagViolations(this.page, include))
        this.found.push(`${surface}, ${theme}: ${line}`)
    }
  }

  /** Opens a popover or menu (popover="auto") by its button, checks the page with it open, closes it with Escape. */
  async popover(name: string): Promise<void> {
    const button = this.page.getByRole('button', { name, exact: true })
    await button.click()
    const id = await button.getAttribute('popovertarget')
    const panel = this.page.locator(`[id="${id}"]`)
    await expect(panel).toBeVisible()
    await expect(panel).not.toContainText('Loading…')
    // A menu focuses its first item once its items have loaded: Escape is the menu's from then on.
    if ((await panel.getAttribute('role')) === 'menu')
      await expect(panel.locator('[role="menuitem"]:focus')).toHaveCount(1)
    // The page behind is the one already checked: the panel and its button are what changed.
    await this.check(name, [`[id="${id}"]`, `[popovertarget="${id}"]`])
    await this.page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
    await expect(button).toBeFocused()
  }

  /** Checks an open modal (the page behind is the one already checked), then closes it with Escape. */
  async dialog(surface: string, dialog: Locator): Promise<void> {
    await expect(dialog).toBeVisible()
    // A native modal <dialog> (showModal): the page behind is inert.
    await expect(dialog).toHaveJSProperty('open', true)
    await this.check(surface, ['dialog:modal'])
    await this.page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }
}

/** What the eye sees of the dashboard: every element's colours, in document order. */
function palette(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')].map((element) => {
      const style = getComputedStyle(element)
      return `${element.tagName} ${style.color} ${style.backgroundColor} ${style.borderTopColor} ${style.outlineColor}`
    }),
  )
}

async function sweep(page: Page): Promise<Sweep> {
  const sweep = new Sweep(page)
  await page.goto('/')
  await expect(page.getByLabel('Access token')).toBeVisible()
  await sweep.check('token screen')

  await page.getByRole('button', { name: 'Use demo token' }).click()
  await expect(page.getByRole('toolbar', { name: 'Filters' }).getByRole('status')).toHaveText(
    /instances$/,
    { timeout: 20_000 },
  )
  await expect(bodyRows(page).first()).toBeVisible()
  await sweep.check('dashboard')

  // A phone shows the facets behind "Filters" and the header tools behind "More": both stay open
  // from here on, so that every menu, dialog and panel below is reached as a phone's user does.
  const phone = (page.viewportSize()?.width ?? 0) < 768
  if (phone) {
    for (const name of ['Filters', 'More']) {
      const toggle = page.getByRole('button', { name, exact: true })
      await toggle.click()
      await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    }
    await sweep.check('dashboard with Filters and More open')
  }

  // The in-app Theme select gives exactly what the system setting gives.
  // Compared with no hover and no focus: the panel's button keeps both after it closes.
  const still = async () => {
    await page.mouse.move(1, 1)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  }
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme })
    await still()
    const system = await palette(page)
    expect(system.length).toBeGreaterThan(200)
    await page.emulateMedia({ colorScheme: theme === 'light' ? 'dark' : 'light' })
    await chooseTheme(page, theme)
    await still()
    expect(await palette(page), `Theme: ${theme} looks as the system's ${theme} does`).toEqual(
      system,
    )
    await chooseTheme(page, 'system')
  }

  // Auto-refresh and Theme are native selects (no popover of the page's own to check).
  // A phone's cards have no columns to hide: no Columns menu there.
  const menus = [...FACETS, ...(phone ? [] : ['Columns']), 'Export', 'How it is judged']
  for (const name of menus) {
    await sweep.popover(name)
  }

  // Save view: the dialog, then the Views menu with that view in it.
  await page.getByRole('button', { name: 'Save view' }).click()
  const save = page.getByRole('dialog', { name: 'Save view' })
  await expect(save).toBeVisible()
  await sweep.check('Save view dialog', ['dialog:modal'])
  await save.getByRole('textbox', { name: 'Name' }).fill('Checked view')
  await save.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(save).toBeHidden()
  await sweep.popover('Views')

  await page.getByRole('button', { name: 'Export' }).click()
  await page.getByRole('menuitem', { name: 'SSH config' }).click()
  await sweep.dialog('SSH config dialog', page.getByRole('dialog', { name: /SSH config/ }))

  await page.keyboard.press('?')
  await sweep.dialog('shortcuts dialog', page.getByRole('dialog', { name: 'Keyboard shortcuts' }))

  await page.getByRole('button', { name: 'Cost', exact: true }).click()
  const cost = page.getByRole('dialog', { name: 'Cost' })
  await expect(cost.getByRole('figure', { name: 'Spend by GPU type' })).toBeVisible()
  await sweep.dialog('Cost view', cost)

  // Many selected: the selection bar, then the confirmation (cancelled).
  await page.getByRole('checkbox', { name: 'Select all shown instances' }).check()
  const bar = page.getByRole('region', { name: 'Selection' })
  await expect(bar).toBeVisible()
  await sweep.check('selection bar')
  await bar.getByRole('button', { name: /^Stop \d+ instances$/ }).click()
  await sweep.dialog('stop confirmation, many', confirmDialog(page))
  await bar.getByRole('button', { name: 'Clear selection' }).click()

  // The drawer, and a stop of one from it (sent, so that Activity and Changes have entries).
  await page.getByRole('searchbox', { name: 'Search' }).fill(running.name)
  // By keyboard, as at any width the row may lie under the sticky header or beside the screen.
  await rowOf(page, running.name).focus()
  await page.keyboard.press('Enter')
  const drawer = page.getByRole('dialog', { name: running.name, exact: true })
  await expect(drawer.getByRole('button', { name: 'Stop instance' })).toBeVisible()
  await sweep.check('drawer')
  await drawer.getByRole('button', { name: 'Stop instance' }).click()
  await expect(confirmDialog(page)).toBeVisible()
  await sweep.check('stop confirmation, one', ['[role="alertdialog"]'])
  await confirmDialog(page).getByRole('button', { name: /^Stop/ }).click()
  await expect(confirmDialog(page)).toBeHidden()
  await expect(page.getByRole('status', { name: 'Stop results' })).toContainText(
    /1 (stop requested|stopping|stopped)/,
  )
  await sweep.check('drawer after a stop, with its result')
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()

  // No match: the headers stay, the active filters are named and removable.
  await page.getByRole('searchbox', { name: 'Search' }).fill('no-such-instance')
  await expect(page.getByText('No instances match')).toBeVisible()
  await sweep.check('no matches')
  await page.getByRole('searchbox', { name: 'Search' }).fill('')
  await expect(bodyRows(page).first()).toBeVisible()

  await page.getByRole('button', { name: 'Activity' }).click()
  await sweep.dialog('Activity', page.getByRole('dialog', { name: 'Activity' }))
  // The list refreshes every few seconds after a stop: Running -> Stopping is a change.
  await expect(page.getByRole('button', { name: 'Changes' })).toHaveAccessibleDescription(/new/, {
    timeout: 15_000,
  })
  await sweep.popover('Changes')
  return sweep
}

for (const width of [1440, 390]) {
  test(`WCAG 2.1 AA on every screen and surface, light and dark, ${width} px`, async ({ page }) => {
    test.setTimeout(60_000)
    await page.setViewportSize({ width, height: width > 800 ? 900 : 844 })
    const { found, checked } = await sweep(page)
    expect(checked.length).toBeGreaterThan(20)
    expect(found).toEqual([])
  })
}
