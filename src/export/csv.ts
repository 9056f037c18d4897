/**
 * RFC 4180 CSV: CRLF between records, a field quoted when it holds a comma, quote, CR or LF, quotes
 * doubled inside. Text that a spreadsheet would run as a formula (first character `=`, `+`, `-`,
 * `@`, tab or CR) gets a leading apostrophe, the OWASP remedy, so it shows as the text it is.
 * Numbers are written as numbers and never prefixed: they are produced here from typed numbers,
 * so a negative one is a genuine negative number, not a formula (the data has none today).
 */
export type CsvValue = string | number | null

/** Excel reads a CSV without a byte order mark in the local code page: `训练` would be garbled. */
export const UTF8_BOM = '\uFEFF'

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** A number as a spreadsheet reads it, without binary noise (0.1 + 0.2 is 0.3); empty if not finite. */
export function csvNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : ''
}

/** Text that a spreadsheet shows as text, never evaluates. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export function csvField(value: CsvValue): string {
  if (value === null) return ''
  if (typeof value === 'number') return csvNumber(value)
  const text = neutralise(value)
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A header row and the records, CRLF-terminated, with the UTF-8 byte order mark in front. */
export function toCsv(
  header: readonly string[],
  records: readonly (readonly CsvValue[])[],
): string {
  const lines = [header, ...records].map((record) => record.map(csvField).join(','))
  return `${UTF8_BOM}${lines.map((line) => `${line}\r\n`).join('')}`
}
