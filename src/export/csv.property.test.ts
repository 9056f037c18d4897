import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../testing/parse-csv'
import { csvField, toCsv } from './csv'

/** What a spreadsheet may strip in front of a cell (or a piece of one) before it reads a formula. */
const PREFIXES = [
  ' ',
  '\t',
  '\r',
  '\n',
  '\u0000',
  '\u0001',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u00A0',
  '\u2000',
  '\u3000',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u200E',
  '\u202E',
  '\u00AD',
  '"',
]
const FORMULA_STARTS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '−']
const SEPARATORS = [',', ';', '\t', '\r', '\n', '\r\n']
const ORDINARY = ['a', 'Z', '1', '0', '.', '(', ')', '"', "'", '训', 'é', 'HYPERLINK("x")', '&']

const piece = fc.oneof(
  fc.constantFrom(...PREFIXES),
  fc.constantFrom(...FORMULA_STARTS),
  fc.constantFrom(...SEPARATORS),
  fc.constantFrom(...ORDINARY),
  fc.string({ unit: 'binary', maxLength: 3 }),
)
const hostileCell = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''))

/** The oracle: strips the whole prefix alphabet, then folds the first character (NFKC). */
const STRIP = /^[\s\p{C}\p{Z}"]*/u
function formulaAfterStripping(text: string): boolean {
  const rest = text.replace(STRIP, '')
  const first = String.fromCodePoint(rest.codePointAt(0) ?? 0x20)
  return /^[=+\-@−]/.test(first.normalize('NFKC'))
}

/** Every piece a naive import would make of a written field: split on any separator, quotes kept. */
function naivePieces(field: string): string[] {
  return field.split(/[,;\t\r\n]/)
}

describe('CSV cells from hostile text', () => {
  it('never start a formula, read properly or split on any separator, with any prefix stripped', () => {
    fc.assert(
      fc.property(hostileCell, (cell) => {
        const field = csvField(cell)
        const [[read = ''] = []] = parseCsv(`${field}\r\n`)
        expect(formulaAfterStripping(read)).toBe(false)
        for (const part of naivePieces(field)) expect(formulaAfterStripping(part)).toBe(false)
        // Nothing but the dropped controls and the apostrophes is lost.
        const kept = (text: string) => text.replace(/[\p{Cc}']/gu, '')
        expect(kept(read)).toBe(kept(cell))
      }),
      { numRuns: 3000 },
    )
  }, 30_000)

  it('keep a whole file readable, every cell its own, numbers as numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hostileCell, fc.double({ noNaN: true, noDefaultInfinity: true })), {
          maxLength: 6,
        }),
        (rows) => {
          const text = toCsv(['Name', 'Price'], rows)
          const parsed = parseCsv(text.slice(1))
          expect(parsed).toHaveLength(rows.length + 1)
          rows.forEach(([, price], index) => {
            const written = parsed[index + 1]?.[1]
            expect(written).toBe(csvField(price))
            expect(Number(written) === Number(price.toPrecision(12))).toBe(true)
          })
        },
      ),
      { numRuns: 500 },
    )
  }, 30_000)

  it('keep a number a number, a negative one included', () => {
    expect(csvField(-5)).toBe('-5')
    expect(csvField('-5')).toBe("'-5")
  })
})
