import type { Page } from '@playwright/test'
import { expectNoSeriousViolations } from './axe.ts'
import {
  configTriples,
  csvRecords,
  exportFile,
  gpuTypeOf,
  idOf,
  parseCsv,
  simInstances,
  sshTriples,
  statusOf,
} from './exports.ts'
import { expect, signInWithDemo, test } from './fixtures.ts'
import { bodyRows, countLine } from './locators.ts'

const H100 = 'H100-80GB-SXM'
const running100 = simInstances((raw) => statusOf(raw) === 'Running' && gpuTypeOf(raw) === H100)

async function pick(page: Page, facet: string, option: string) {
  await page.getByRole('button', { name: facet, exact: true }).click()
  await page.getByRole('checkbox', { name: option, exact: true }).check()
  await page.keyboard.press('Escape')
}

async function saveView(page: Page, name: string) {
  await page.getByRole('button', { name: 'Save view' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save view' })
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name)
  await dialog.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: `View “${name}” saved.` })).toBeVisible()
}

const views = (page: Page) => page.getByRole('menu', { name: 'Views' })

test('done when: Running H100s to CSV and one SSH config, saved as a view, found again after signing out and in', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await signInWithDemo(page)
  await pick(page, 'Status', 'Running')
  await pick(page, 'GPU type', H100)
  await expect(countLine(page)).toHaveText(`${running100.length} of 92 instances`)

  const csv = await exportFile(page, 'CSV')
  const { records } = csvRecords(csv.text, parseCsv)
  expect(records.map((record) => record['Instance ID']).sort()).toEqual(running100.map(idOf).sort())

  await page.getByRole('button', { name: 'Export' }).click()
  await page.getByRole('menuitem', { name: 'SSH config', exact: true }).click()
  const ssh = page.getByRole('dialog', { name: 'SSH config' })
  await ssh.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(ssh.getByRole('status')).toHaveText('Copied')
  const config = configTriples(await page.evaluate(() => navigator.clipboard.readText()))
  expect(config.triples).toEqual(sshTriples(running100))
  await ssh.getByRole('button', { name: 'Close' }).click()

  await saveView(page, 'H100 running')
  const saved = new URL(page.url()).search
  expect(saved).toBe(`?status=Running&gpu=${H100}`)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await signInWithDemo(page, '/')
  await expect(countLine(page)).toHaveText('92 instances')
  await page.getByRole('button', { name: 'Views' }).click()
  await views(page).getByRole('menuitem', { name: 'H100 running', exact: true }).click()
  expect(new URL(page.url()).search).toBe(saved)
  await expect(countLine(page)).toHaveText(`${running100.length} of 92 instances`)
})

test('a saved view renames, copies its link, which opens the view after sign-in, and deletes', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await signInWithDemo(page, '/?status=Stopped&sort=-created&cols=name.status.price')
  await saveView(page, 'Stopped, newest')

  // Keyboard only: open the menu, step to Rename, rename.
  await page.getByRole('button', { name: 'Views' }).focus()
  await page.keyboard.press('Enter')
  await expect(
    views(page).getByRole('menuitem', { name: 'Stopped, newest', exact: true }),
  ).toBeFocused()
  await expectNoSeriousViolations(page)
  await page.keyboard.press('ArrowDown')
  await expect(views(page).getByRole('menuitem', { name: 'Rename Stopped, newest' })).toBeFocused()
  await page.keyboard.press('Enter')
  const rename = page.getByRole('dialog', { name: 'Rename view' })
  await expect(rename.getByRole('textbox', { name: 'Name' })).toBeFocused()
  await page.keyboard.type('Recently stopped')
  await page.keyboard.press('Enter')
  await expect(rename).toBeHidden()

  await page.getByRole('button', { name: 'Views' }).click()
  await views(page).getByRole('menuitem', { name: 'Copy link to Recently stopped' }).click()
  // The copy is done once it says so (its code loads on first use).
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toBe(
    new URL('/?status=Stopped&sort=-created&cols=name.status.price', page.url()).href,
  )

  const other = await context.newPage()
  await signInWithDemo(other, link)
  expect(other.url()).toBe(link)
  const stopped = simInstances((raw) => statusOf(raw) === 'Stopped').length
  await expect(countLine(other)).toHaveText(`${stopped} of 92 instances`)
  await other.close()

  await page.getByRole('button', { name: 'Views' }).click()
  await views(page).getByRole('menuitem', { name: 'Delete Recently stopped' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Delete saved view' })
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('button', { name: 'Views' }).click()
  await expect(views(page).getByRole('menuitem', { name: 'No saved views yet' })).toBeDisabled()
})

test('saved views go to a file and come back from it; a bad file changes nothing', async ({
  page,
}) => {
  await signInWithDemo(page, '/?status=Running')
  await saveView(page, 'Running')
  await page.goto('/?gpu=cpu&sort=name')
  await saveView(page, 'CPU only')

  await page.getByRole('button', { name: 'Views' }).click()
  const download = page.waitForEvent('download')
  await views(page).getByRole('menuitem', { name: 'Export saved views' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^hpcai-saved-views-\d{4}-\d\d-\d\d\.json$/)
  const exported = (await import('node:fs/promises')).readFile(await file.path(), 'utf8')
  const text = await exported
  expect(JSON.parse(text)).toMatchObject({
    format: 'hpcai-saved-views',
    views: [
      { name: 'Running', search: '?status=Running' },
      { name: 'CPU only', search: '?gpu=cpu&sort=name' },
    ],
  })
  expect(text).not.toMatch(/eyJ|token|notebook-/i)

  const importFile = async (name: string, body: string) => {
    await page.getByRole('button', { name: 'Views' }).click()
    const chooser = page.waitForEvent('filechooser')
    await views(page).getByRole('menuitem', { name: 'Import saved views' }).click()
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) })
  }

  await importFile('broken.json', '{"views": [{"name": "x"')
  await expect(page.getByRole('alert')).toHaveText(
    /“broken\.json” was not imported: it is not JSON\. Your saved views are unchanged\./,
  )
  await page.getByRole('button', { name: 'Dismiss' }).click()

  const renamedSet = text.replace('"CPU only"', '"CPU machines"').replace('"Running"', '"running"')
  await importFile('team.json', renamedSet)
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 views' })).toContainText(
    '1 of them replacing a view of that name',
  )
  await page.getByRole('button', { name: 'Views' }).click()
  await expect(views(page).getByRole('group')).toHaveText([
    /^running/,
    /^CPU only/,
    /^CPU machines/,
  ])
})

test('an old saved view with keys this version does not know opens, never fails', async ({
  page,
}) => {
  await page.goto('/')
  await page.evaluate(() =>
    localStorage.setItem(
      'hpcai.savedViews',
      JSON.stringify({
        version: 0,
        views: [
          { name: 'Legacy', search: '?status=Running&zoom=2&sort=-bogus', pinned: true },
          { name: 42 },
        ],
      }),
    ),
  )
  await signInWithDemo(page, '/')
  await page.getByRole('button', { name: 'Views' }).click()
  await expect(views(page).getByRole('group')).toHaveCount(1)
  await views(page).getByRole('menuitem', { name: 'Legacy', exact: true }).click()
  expect(new URL(page.url()).search).toBe('?status=Running')
})

test('Copy link beside Save view copies the view on screen and says "Link copied"', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const running = simInstances((raw) => statusOf(raw) === 'Running')
  await signInWithDemo(page, '/?status=Running&sort=-price')
  await bodyRows(page).first().click()
  await expect(page).toHaveURL(/instance=notebook-/)
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.getByRole('button', { name: 'Copy link', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toBe(new URL('/?status=Running&sort=-price', page.url()).href)

  const other = await context.newPage()
  await signInWithDemo(other, link)
  await expect(countLine(other)).toHaveText(`${running.length} of 92 instances`)
  await other.close()
})
