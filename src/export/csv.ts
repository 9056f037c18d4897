/**
 * RFC 4180 CSV: CRLF between records, quotes doubled inside a quoted field. Every text cell goes
 * through one sanitiser (`csvText`) so that no spreadsheet runs it as a formula, however it imports
 * the file: with `,`, `;` or tab as the separator, with or without trimming spaces.
 * Numbers are written as numbers and never prefixed: they are produced here from typed numbers,
 * so a negative one is a genuine negative number, not a formula.
 */
export type CsvValue = string | number | null

/** Excel reads a CSV without a byte order mark in the local code page: `训练` would be garbled. */
export const UTF8_BOM = '\uFEFF'

/**
 * What a spreadsheet may drop in front of a cell's text before it looks for a formula: spaces
 * (trimming), controls (LibreOffice drops a NUL), zero-width and other format characters, code
 * points not assigned yet, quotes.
 */
const STRIPPED = /^[\s\p{C}\p{Z}"]$/u

/**
 * A formula's first character once compatibility forms are folded (NFKC): so full-width ＝＋－＠,
 * small, superscript and subscript forms count too; and the minus signs.
 */
const FORMULA_CHAR = /^[=+\-@\u2212\u2795\u2796]/

/** Where an import with another separator, or a lost quote, starts a new cell inside ours. */
const CELL_BREAK = /^[,;\t\r\n]$/

/** C0 and C1 controls but tab, CR and LF (kept, and quoted), and DEL: dropped. */
// eslint-disable-next-line no-control-regex -- matching controls is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu

/** Text that needs none of this: letters, digits and a few marks, after any spaces. */
const PLAIN = /^ *[\p{L}\p{N}][\p{L}\p{N} ._:/()%-]*$/u

const NEEDS_QUOTES = /[",;\t\r\n]/

/** A number as a spreadsheet reads it, without binary noise (0.1 + 0.2 is 0.3); empty if not finite. */
export function csvNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : ''
}

const isFormulaChar = (char: string) => FORMULA_CHAR.test(char.normalize('NFKC'))

/**
 * Text a spreadsheet shows as text, never evaluates: controls dropped, and an apostrophe (the
 * OWASP remedy) in front of the cell, and after any separator inside it, whose text would begin a
 * formula once the spreadsheet strips spaces, controls, zero-width characters and quotes. One pass
 * from the end, so a hostile string of any length costs linear time.
 */
export function csvText(value: string): string {
  if (PLAIN.test(value)) return value
  const chars = Array.from(value.replace(CONTROLS, ''))
  // Whether the text after the current position starts a formula once its prefix is stripped.
  let formulaAhead = false
  for (let index = chars.length - 1; index >= 0; index--) {
    const char = chars[index] ?? ''
    if (formulaAhead && CELL_BREAK.test(char)) {
      chars[index] = `${char}'`
      formulaAhead = false
    } else if (!STRIPPED.test(char)) formulaAhead = isFormulaChar(char)
  }
  return `${formulaAhead ? "'" : ''}${chars.join('')}`
}

export function csvField(value: CsvValue): string {
  if (value === null) return ''
  if (typeof value === 'number') return csvNumber(value)
  const text = csvText(value)
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
