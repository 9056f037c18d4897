import type { Page } from '@playwright/test'
import { expectNoSeriousViolations } from './axe.ts'
import { chooseTheme, expect, sim, signInWithDemo, test } from './fixtures.ts'
import { csvRecords, exportFile, parseCsv } from './exports.ts'
import { bodyRows, countLine } from './locators.ts'
import { idOf } from './exports.ts'
import { nameOf, statusOf } from './raw-expectations.ts'
import { DEFAULT_INSTANCES } from './sim-data.ts'
import { settleDelayMs, STUCK_INDEXES } from '../sim/demo-dynamics.ts'

const EXAMPLE_ID = 'notebook-5ac72ea0-xxxx-xxxx-xxxx-eea5891c2019'
const FORGET = 'Forget this device’s data'
const drawer = (page: Page, name = 'example-instance') => page.getByRole('dialog', { name })
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search' })

async function refreshAfter(page: Page, ms: number) {
  await sim.advance(ms)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(page.getByRole('button', { name: 'Refresh' })).toHaveAttribute('aria-busy', 'false')
}

async function reload(page: Page) {
  await page.reload()
  await expect(countLine(page)).toHaveText(/instances$/, { timeout: 20_000 })
}

/** What the dashboard left in this browser's storage. */
function leftOnDevice(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((db) => db.name),
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
  }))
}

/** What the account's IndexedDB holds of one instance: its history's length, and a change to it. */
function keptOnDevice(page: Page, id: string) {
  return page.evaluate(async (instance) => {
    const [info] = (await indexedDB.databases()).filter((db) => db.name?.startsWith('hpcai-'))
    if (!info?.name) return null
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(info.name ?? '')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(new Error('cannot open'))
    })
    const read = <T>(store: string, key: string) =>
      new Promise<T | undefined>((resolve) => {
        const request = db.transaction(store).objectStore(store).get(key)
        request.onsuccess = () => resolve(request.result as T | undefined)
        request.onerror = () => resolve(undefined)
      })
    const history = await read<{ entries?: unknown[] }>('histories', instance)
    const changes = await read<{ id?: string }[]>('settings', 'changes')
    db.close()
    return {
      history: history?.entries?.length ?? 0,
      changes: (changes ?? []).some((change) => change.id === instance),
    }
  }, id)
}

async function addLabel(page: Page, label: string, name = 'example-instance') {
  const field = drawer(page, name).getByRole('textbox', { name: 'Add label' })
  await expect(field).toBeEnabled()
  await field.fill(label)
  await field.press('Enter')
  await expect(field).toHaveValue('')
}

test('a status change seen before a reload is in the drawer’s Status history after it, and in Changes', async ({
  page,
}) => {
  // An instance that the demo settles from Starting to Running within two minutes.
  const index = DEFAULT_INSTANCES.findIndex(
    (raw, at) =>
      statusOf(raw) === 'Starting' && !STUCK_INDEXES.includes(at) && settleDelayMs(at) < 120_000,
  )
  const raw = DEFAULT_INSTANCES[index]
  if (!raw) throw new Error('no settling instance')
  const name = nameOf(raw)
  await sim.configure({ demo: true })
  await signInWithDemo(page)
  await refreshAfter(page, 121_000)
  // Kept on the device (history and Changes log written) before the page goes away.
  await expect.poll(() => keptOnDevice(page, idOf(raw))).toEqual({ history: 2, changes: true })
  await reload(page)

  await search(page).fill(name)
  await expect(countLine(page)).toHaveText('1 of 92 instances')
  await bodyRows(page).first().click()
  const history = drawer(page, name).getByRole('region', { name: 'Status history' })
  const entries = history.getByRole('listitem')
  await expect(entries).toHaveCount(2)
  await expect(entries.nth(0)).toContainText(/^Running since .+ \(seen\)/)
  await expect(entries.nth(1)).toContainText(/^Starting since .+ or earlier \(first seen then\)/)
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Changes' }).click()
  await expect(
    page
      .getByRole('log', { name: 'Changes' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name, exact: true }) }),
  ).toContainText('Starting → Running')
})

test('a label added in the drawer is found by search and the Label facet, and survives a reload', async ({
  page,
}) => {
  await signInWithDemo(page, `/?instance=${EXAMPLE_ID}`)
  await addLabel(page, 'team zeta')
  const labels = drawer(page).getByRole('list', { name: 'Labels' })
  await expect(labels.getByRole('listitem')).toHaveText(['team-zeta×'])
  // Hostile text is only text.
  await addLabel(page, '<img src=x onerror=alert(1)>')
  await expect(labels.getByRole('listitem').nth(1)).toContainText('<img-src=x-onerror=alert(1)>')
  await expect(drawer(page).locator('img')).toHaveCount(0)
  await drawer(page).getByRole('textbox', { name: 'Note' }).fill('eval box for the paper')
  await expectNoSeriousViolations(page)
  await page.keyboard.press('Escape')

  await search(page).fill('label:team-zeta')
  await expect(countLine(page)).toHaveText('1 of 92 instances')
  await expect(bodyRows(page)).toHaveCount(1)
  await expect(bodyRows(page).first()).toContainText('example-instance')
  // In the row, beside the name, and in the CSV with the note.
  await expect(bodyRows(page).first().getByText('team-zeta', { exact: true })).toBeVisible()
  const { records } = csvRecords((await exportFile(page, 'CSV')).text, parseCsv)
  expect(records).toHaveLength(1)
  expect(records[0]).toMatchObject({
    Name: 'example-instance',
    Labels: 'team-zeta; <img-src=x-onerror=alert(1)>',
    Note: 'eval box for the paper',
  })
  await search(page).fill('zeta')
  await expect(countLine(page)).toHaveText('1 of 92 instances')

  await reload(page)
  await expect(countLine(page)).toHaveText('1 of 92 instances')
  await search(page).fill('')
  await page.getByRole('button', { name: 'Label', exact: true }).click()
  await page.getByRole('checkbox', { name: 'team-zeta' }).check()
  await expect(countLine(page)).toHaveText('1 of 92 instances')
  await expect(page).toHaveURL(/label=team-zeta/)
  // On a phone's card too.
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(bodyRows(page).first().getByText('team-zeta', { exact: true })).toBeVisible()
  await page.setViewportSize({ width: 1440, height: 900 })

  await page.goto(`/?instance=${EXAMPLE_ID}`)
  await expect(drawer(page).getByRole('textbox', { name: 'Note' })).toHaveValue(
    'eval box for the paper',
  )
  await drawer(page).getByRole('button', { name: 'Remove label team-zeta' }).click()
  await expect(labels.getByRole('listitem')).toHaveCount(1)
})

test('a label typed but not added stays with its instance: Next starts the next one empty', async ({
  page,
}) => {
  await signInWithDemo(page)
  await bodyRows(page).first().click()
  const dialog = page.getByRole('dialog')
  const field = dialog.getByRole('textbox', { name: 'Add label' })
  await expect(field).toBeEnabled()
  const first = await dialog.getByRole('heading', { level: 2 }).textContent()
  await field.fill('half-typed')
  await dialog.getByRole('button', { name: /^Next/ }).click()
  await expect(dialog.getByRole('heading', { level: 2 })).not.toHaveText(first ?? '')
  await expect(field).toHaveValue('')
})

test('a pinned instance comes first in any sort', async ({ page }) => {
  await signInWithDemo(page, `/?instance=${EXAMPLE_ID}`)
  await drawer(page)
    .getByRole('checkbox', { name: /Pin to the top/ })
    .check()
  await page.keyboard.press('Escape')
  for (const sort of ['name', '-price', 'created']) {
    await page.goto(`/?sort=${sort}`)
    await expect(bodyRows(page).first()).toContainText('example-instance')
  }
})

test('a budget below the running spend shows Over budget after a reload, in the figure and the title', async ({
  page,
}) => {
  await signInWithDemo(page)
  await page.getByRole('button', { name: 'Cost' }).click()
  const cost = page.getByRole('dialog', { name: 'Cost' })
  const field = cost.getByRole('textbox', { name: 'Budget ($/h)' })
  await field.fill('twelve')
  await field.press('Enter')
  await expect(cost.getByText('Type an amount in dollars')).toBeVisible()
  await field.fill('$1.50')
  await field.press('Enter')
  await expect(cost.getByRole('status')).toContainText(/over budget by \$/)
  await page.keyboard.press('Escape')

  await reload(page)
  const spend = page.getByRole('region', { name: 'Summary' }).getByRole('button', { name: /Spend/ })
  await expect(spend).toContainText('Over budget by $')
  await expect(page).toHaveTitle(/Over budget · HPC-AI instances$/)

  await page.getByRole('button', { name: 'Cost' }).click()
  await cost.getByRole('textbox', { name: 'Budget ($/h)' }).fill('')
  await cost.getByRole('textbox', { name: 'Budget ($/h)' }).press('Enter')
  await page.keyboard.press('Escape')
  await expect(spend).not.toContainText('Over budget')
  await expect(page).not.toHaveTitle(/Over budget/)
})

test('Open in VS Code is offered only for a running instance with a valid SSH target', async ({
  page,
}) => {
  await signInWithDemo(page, `/?instance=${EXAMPLE_ID}`)
  await expect(drawer(page).getByRole('link', { name: 'Open in VS Code' })).toHaveAttribute(
    'href',
    'vscode://vscode-remote/ssh-remote+username@122.xx.xx.202:31674/home/username',
  )
  const stopped = DEFAULT_INSTANCES.find((raw) => statusOf(raw) === 'Stopped')
  if (!stopped) throw new Error('no stopped instance')
  await page.goto(`/?instance=${stopped.instanceMetadata.instanceId}`)
  await expect(page.getByRole('dialog', { name: nameOf(stopped) })).toContainText('SSH works only')
  await expect(page.getByRole('link', { name: 'Open in VS Code' })).toHaveCount(0)

  await sim.configure({ hostile: true })
  for (const id of ['notebook-hostile-js-link', 'notebook-hostile-data-link']) {
    await page.goto(`/?instance=${id}`)
    await expect(page.getByRole('dialog').getByText(/^SSH: HPC-AI sent/)).toBeVisible()
    await expect(page.getByRole('link', { name: 'Open in VS Code' })).toHaveCount(0)
  }
})

test('Forget this device’s data leaves nothing in IndexedDB or storage, and signs out', async ({
  page,
}) => {
  await signInWithDemo(page, `/?instance=${EXAMPLE_ID}`)
  await addLabel(page, 'team-zeta')
  await page.keyboard.press('Escape')
  await chooseTheme(page, 'dark')
  expect((await leftOnDevice(page)).databases).toHaveLength(1)

  await page.getByRole('button', { name: 'This device' }).click()
  const panel = page.getByRole('group', { name: 'This device' })
  await expect(panel).toContainText('labels on 1 instance')
  await expectNoSeriousViolations(page)
  await panel.getByRole('button', { name: FORGET }).click()
  await expect(page.getByLabel('Access token')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'keeps nothing' })).toBeVisible()
  expect(await leftOnDevice(page)).toEqual({ databases: [], localStorage: [], sessionStorage: [] })
})

test('signing out without Remember offers to forget the device’s data; remembered, it does not', async ({
  page,
}) => {
  await signInWithDemo(page, `/?instance=${EXAMPLE_ID}`)
  await addLabel(page, 'team-zeta')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Sign out' }).click()
  const offer = page.getByRole('region', { name: 'This device’s data' })
  await expect(offer).toContainText('still keeps your labels')
  await expectNoSeriousViolations(page)
  await offer.getByRole('button', { name: FORGET }).click()
  await expect(offer).toContainText('keeps nothing')
  expect(await leftOnDevice(page)).toEqual({ databases: [], localStorage: [], sessionStorage: [] })

  await page.getByRole('checkbox', { name: /Remember on this device/ }).check()
  await page.getByRole('button', { name: 'Use demo token' }).click()
  await expect(countLine(page)).toHaveText(/instances$/)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByLabel('Access token')).toBeVisible()
  await expect(page.getByRole('button', { name: FORGET })).toHaveCount(0)
})

test('two tabs of the account share it: a label added in one is found in the other', async ({
  page,
  context,
}) => {
  await signInWithDemo(page, `/?instance=${EXAMPLE_ID}`)
  const other = await context.newPage()
  await signInWithDemo(other, '/?q=label%3Ashared')
  await expect(countLine(other)).toHaveText('0 of 92 instances')
  await addLabel(page, 'shared')
  await expect(countLine(other)).toHaveText('1 of 92 instances')
  await other.close()
})
