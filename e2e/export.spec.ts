import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expectNoSeriousViolations } from './axe.ts'
import {
  configTriples,
  csvRecords,
  exportFile,
  gpuTypeOf,
  hourlyOf,
  idOf,
  parseCsv,
  simInstances,
  sshTriples,
  statusOf,
  today,
} from './exports.ts'
import { expect, sim, signInWithDemo, test } from './fixtures.ts'
import { countLine } from './locators.ts'

const H100 = 'H100-80GB-SXM'
const VIEW = `/?status=Running&gpu=${H100}&sort=-price&cols=name.status.gpu.price.region.since.created.stops`
const running100 = simInstances((raw) => statusOf(raw) === 'Running' && gpuTypeOf(raw) === H100)
const FORMULA = /^[=+\-@\t\r]/

test('CSV, JSON and raw JSON hold exactly the filtered view, in its order, with its columns', async ({
  page,
}) => {
  await signInWithDemo(page, VIEW)
  await expect(countLine(page)).toHaveText(`${running100.length} of 92 instances`)

  const csv = await exportFile(page, 'CSV')
  expect(csv.name).toBe(`hpcai-instances-${today()}-running-h100-80gb-sxm.csv`)
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(csv.text.replace(/^\uFEFF/, '').split('\r\n').length).toBe(running100.length + 2)
  const { header, records } = csvRecords(csv.text, parseCsv)
  expect(header).not.toContain('Memory')
  expect(header).not.toContain('Disk used (%)')
  expect(header).toEqual(expect.arrayContaining(['Name', 'Instance ID', 'Price per hour (USD)']))
  expect(records.map((record) => record['Instance ID']).sort()).toEqual(running100.map(idOf).sort())
  const byId = new Map(running100.map((raw) => [idOf(raw), raw]))
  const offsets = new Set<number>()
  for (const record of records) {
    const raw = byId.get(record['Instance ID'] ?? '')
    if (!raw) throw new Error(`unexpected row ${JSON.stringify(record)}`)
    expect(record).toMatchObject({
      Name: raw.instanceSpecInfo.name,
      Status: 'Running',
      GPUs: String(raw.instanceSpecInfo.instanceTypeInfo.gpu.amount),
      'GPU type': H100,
      Region: raw.instanceSpecInfo.regionInfo.name,
    })
    expect(Number(record['Price per hour (USD)'])).toBeCloseTo(hourlyOf(raw) ?? Number.NaN, 9)
    // The simulator's times hang off its own start: every row is off by the same amount.
    expect(record['Created (UTC)']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    offsets.add(raw.instanceRuntimeInfo.createAtUnixMs - Date.parse(record['Created (UTC)'] ?? ''))
  }
  expect(offsets.size).toBe(1)
  const prices = records.map((record) => Number(record['Price per hour (USD)']))
  expect(prices).toEqual([...prices].sort((a, b) => b - a))

  const json = await exportFile(page, 'JSON')
  expect(json.name).toBe(`hpcai-instances-${today()}-running-h100-80gb-sxm.json`)
  const document = JSON.parse(json.text) as {
    view: string
    exportedAt: string
    count: number
    instances: Record<string, unknown>[]
  }
  expect(document.view).toBe(new URL(VIEW, page.url()).href)
  expect(Math.abs(Date.parse(document.exportedAt) - Date.now())).toBeLessThan(60_000)
  expect(document.count).toBe(running100.length)
  expect(document.instances.map((instance) => instance.id)).toEqual(
    records.map((record) => record['Instance ID']),
  )
  for (const instance of document.instances) {
    expect(Object.keys(instance)).not.toEqual(expect.arrayContaining(['raw']))
    expect(instance).not.toHaveProperty('searchText')
  }

  const raw = await exportFile(page, 'Raw JSON')
  expect(raw.name).toBe(`hpcai-instances-raw-${today()}-running-h100-80gb-sxm.json`)
  const items = JSON.parse(raw.text) as typeof running100
  expect(items.map(idOf)).toEqual(records.map((record) => record['Instance ID']))
  const timeless = (item: (typeof running100)[number]) => ({
    ...item,
    instanceRuntimeInfo: {
      ...item.instanceRuntimeInfo,
      createAtUnixMs: 0,
      scheduledStopTimestamp: 0,
      stopTimestamp: 0,
    },
  })
  for (const item of items) expect(timeless(item)).toEqual(timeless(byId.get(idOf(item)) ?? item))
})

async function openSshConfig(page: Page) {
  await page.getByRole('button', { name: 'Export' }).click()
  await page.getByRole('menuitem', { name: 'SSH config', exact: true }).click()
  return page.getByRole('dialog', { name: 'SSH config' })
}

test('one SSH config for the running instances of the view, the skipped ones with why', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await signInWithDemo(page, '/?status=Running&status=Stopped')
  const shown = simInstances((raw) => ['Running', 'Stopped'].includes(statusOf(raw)))
  const dialog = await openSshConfig(page)
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(dialog.getByRole('status')).toHaveText('Copied')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  const { aliases, triples } = configTriples(copied)
  expect(triples).toEqual(sshTriples(shown))
  expect(new Set(aliases).size).toBe(aliases.length)

  const stopped = shown.filter((raw) => statusOf(raw) === 'Stopped').length
  const noPort = shown.filter(
    (raw) =>
      statusOf(raw) === 'Running' &&
      !(raw.instanceSpecInfo.nodePorts ?? []).some((entry) => entry.port === 22),
  ).length
  await expect(dialog.getByRole('heading', { name: /^Skipped:/ })).toHaveText(
    `Skipped: ${stopped + noPort} instances`,
  )
  const group = (reason: string) => dialog.getByRole('listitem').filter({ hasText: reason }).first()
  await expect(
    group('SSH works only while the instance is Running (it is Stopped).').getByRole('listitem'),
  ).toHaveCount(stopped)
  await expect(group('This instance exposes no SSH port (22).').getByRole('listitem')).toHaveCount(
    noPort,
  )
  await expectNoSeriousViolations(page)

  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`hpcai-ssh-config-${today()}-running-stopped.conf`)
  expect(await readFile(await file.path(), 'utf8')).toBe(copied)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Export' })).toBeFocused()
})

test('hostile data still gives valid CSV and JSON, and an SSH config of the four directives only', async ({
  page,
}) => {
  await sim.configure({ hostile: true })
  await signInWithDemo(page)
  const total = Number(
    /^([\d,]+) instances$/.exec(await countLine(page).innerText())?.[1]?.replace(',', ''),
  )

  const csv = await exportFile(page, 'CSV')
  const { header, records } = csvRecords(csv.text, parseCsv)
  expect(records).toHaveLength(total)
  for (const record of records) {
    expect(Object.keys(record)).toEqual(header)
    for (const field of Object.values(record)) expect(field).not.toMatch(FORMULA)
  }
  expect(records.map((record) => record.Name)).toEqual(
    expect.arrayContaining([expect.stringContaining('<script>')]),
  )
  expect(JSON.parse((await exportFile(page, 'JSON')).text)).toHaveProperty('count', total)
  expect(JSON.parse((await exportFile(page, 'Raw JSON')).text)).toHaveLength(total)

  const dialog = await openSshConfig(page)
  const text = await dialog.getByLabel('SSH config for the view').innerText()
  const { triples } = configTriples(`${text.trim()}\n`)
  expect(triples.join('\n')).not.toMatch(/ProxyCommand|\$\(|touch|70000/)
  for (const reason of [
    'HPC-AI sent an SSH user name with characters SSH does not accept',
    'HPC-AI sent an SSH address that is not a host name or IP address',
    'HPC-AI sent an SSH port outside 1-65535',
  ]) {
    await expect(dialog).toContainText(reason)
  }
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
})

test('the export code loads on first use of the menu, not with the page', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  await signInWithDemo(page)
  expect(scripts.filter((path) => /export-view|ssh-config|csv/.test(path))).toEqual([])
  await page.getByRole('button', { name: 'Export' }).click()
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible()
  await expect.poll(() => scripts.some((path) => path.includes('export-view'))).toBe(true)
  await expect(page.getByRole('menuitem', { name: 'CSV', exact: true })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'JSON', exact: true })).toBeFocused()
  await expectNoSeriousViolations(page)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Export' })).toBeFocused()
})
