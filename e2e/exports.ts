import { HOURS } from './raw-expectations'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import type { RawInstance } from '../sim/api-types.ts'
import { DEFAULT_INSTANCES } from './sim-data.ts'

export { parseCsv } from '../src/testing/parse-csv.ts'

/** Chooses an item of the Export menu and reads the file it downloads. */
export async function exportFile(
  page: Page,
  item: 'CSV' | 'JSON' | 'Raw JSON',
): Promise<{ name: string; bytes: Buffer; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: item, exact: true }).click()
  const file = await download
  const bytes = await readFile(await file.path())
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') }
}

/** The CSV as records of named fields (the BOM off, the header as keys). */
export function csvRecords(
  text: string,
  parse: (text: string) => string[][],
): { header: string[]; records: Record<string, string>[] } {
  const [header = [], ...rows] = parse(text.replace(/^\uFEFF/, ''))
  return {
    header,
    records: rows.map((row) => Object.fromEntries(header.map((key, i) => [key, row[i] ?? '']))),
  }
}

/** The simulator's default instances a filter keeps, computed from its data (not the app's code). */
export function simInstances(predicate: (raw: RawInstance) => boolean): RawInstance[] {
  return DEFAULT_INSTANCES.filter(predicate)
}

export const idOf = (raw: RawInstance) => raw.instanceMetadata.instanceId
export const statusOf = (raw: RawInstance) => raw.instanceRuntimeInfo.status
export const gpuTypeOf = (raw: RawInstance) =>
  raw.instanceSpecInfo.instanceTypeInfo.gpu.amount > 0
    ? raw.instanceSpecInfo.instanceTypeInfo.gpu.type
    : ''

/** Price per hour as HPC-AI's charge modes define it. */
export function hourlyOf(raw: RawInstance): number | null {
  const { price, chargeMode } = raw.instanceSpecInfo.instanceBillingInfo
  const hours = HOURS[chargeMode]
  return hours === undefined ? null : price / hours
}

/** `HostName|Port|User` of each Running instance the simulator gives an SSH port with an address. */
export function sshTriples(rows: readonly RawInstance[]): string[] {
  return rows
    .flatMap((raw) => {
      const ssh = (raw.instanceSpecInfo.nodePorts ?? []).find((entry) => entry.port === 22)
      const host = ssh?.address || raw.instanceSpecInfo.regionInfo.sshAddress
      if (statusOf(raw) !== 'Running' || !ssh || !host) return []
      return [`${host}|${ssh.nodePort}|${raw.instanceMetadata.instanceUsername}`]
    })
    .sort()
}

/** The Host blocks of an SSH config as `HostName|Port|User`, and every line checked on the way. */
export function configTriples(text: string): { aliases: string[]; triples: string[] } {
  const blocks = text.trim() ? text.trim().split('\n\n') : []
  const aliases: string[] = []
  const triples = blocks.map((block) => {
    const match =
      /^Host ([a-z0-9-]+)\n {2}HostName ([A-Za-z0-9.:-]+)\n {2}Port ([0-9]+)\n {2}User ([A-Za-z0-9._-]+)$/.exec(
        block,
      )
    if (!match) throw new Error(`not a Host block of the four expected directives:\n${block}`)
    aliases.push(match[1] ?? '')
    return `${match[2]}|${match[3]}|${match[4]}`
  })
  return { aliases, triples: triples.sort() }
}

/** The local date the browser (on this machine) puts in file names. */
export function today(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}
