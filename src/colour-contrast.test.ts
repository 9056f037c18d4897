import { describe, expect, it } from 'vitest'
import { contrastRatio, parseColour, type Rgba } from './testing/contrast'

/**
 * Every pair of semantic tokens the app draws text (4.5:1) or a needed graphic (3:1: meter fills,
 * the focus ring, chart bars, form field borders) with meets WCAG AA in both themes, read from the
 * light-dark() values of src/index.css itself.
 */

type Theme = 'light' | 'dark'

// Vitest hands a stylesheet to a test as an empty string (even with ?raw): read the file itself.
// The app's tsconfig has no Node types, hence the narrow type of the one function used.
const { readFileSync } = (
  globalThis as unknown as {
    process: {
      getBuiltinModule: (id: 'node:fs') => { readFileSync: (path: URL, encoding: 'utf8') => string }
    }
  }
).process.getBuiltinModule('node:fs')
const css = readFileSync(new URL('./index.css', import.meta.url), 'utf8')

/** Splits `a, b` at its top-level comma (either side may be rgb(… / …)). */
function splitPair(inner: string): [string, string] {
  let depth = 0
  for (let index = 0; index < inner.length; index++) {
    const char = inner[index]
    if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === ',' && depth === 0) return [inner.slice(0, index), inner.slice(index + 1)]
  }
  throw new Error(`light-dark() without two values: ${inner}`)
}

/** `--color-name: value;` of the @theme block, each as its light and dark colour. */
function themeTokens(source: string): Map<string, Record<Theme, Rgba>> {
  const tokens = new Map<string, Record<Theme, Rgba>>()
  for (const [, name = '', value = ''] of source.matchAll(/--color-([\w-]+):\s*([^;]+);/g)) {
    if (value === 'initial' || value === 'transparent' || value === 'currentColor') continue
    const pair = /^light-dark\((.*)\)$/.exec(value.trim())?.[1]
    const [light, dark] = pair === undefined ? [value, value] : splitPair(pair)
    tokens.set(name, { light: parseColour(light), dark: parseColour(dark) })
  }
  return tokens
}

const TEXT = 4.5
const NON_TEXT = 3
const ROWS = ['surface', 'surface-hover', 'accent-soft'] // a row: plain, hovered, selected or focused
const PLAIN = ['canvas', 'surface', 'surface-muted', 'surface-hover', 'accent-soft']

/** [foreground, background, minimum ratio, where it is used]. */
const PAIRS: [string, string, number, string][] = [
  ...['fg', 'fg-muted', 'fg-subtle', 'link'].flatMap((fg) =>
    PLAIN.map((bg): [string, string, number, string] => [fg, bg, TEXT, 'text']),
  ),
  ...['success', 'warning', 'danger', 'info'].flatMap((tone) => [
    ...[`${tone}-soft`, ...ROWS].map((bg): [string, string, number, string] => [
      tone,
      bg,
      TEXT,
      'tone text: notices, badges, health marks, summary figures',
    ]),
  ]),
  ['fg', 'surface-muted', TEXT, 'neutral badge and notice'],
  ['spot', 'spot-soft', TEXT, 'spot badge'],
  ['on-accent', 'accent', TEXT, 'primary button'],
  ['on-accent', 'accent-strong', TEXT, 'primary button, hovered'],
  ['white', 'danger-solid', TEXT, 'danger button'],
  ['on-code', 'code', TEXT, 'SSH command and config'],
  ...['meter-ok', 'meter-warn', 'meter-critical'].map((fill): [string, string, number, string] => [
    fill,
    'meter-track',
    NON_TEXT,
    'disk meter fill against its track',
  ]),
  ...PLAIN.map((bg): [string, string, number, string] => ['focus', bg, NON_TEXT, 'focus ring']),
  ['accent', 'surface', NON_TEXT, 'cost chart bars'],
  ...PLAIN.map((bg): [string, string, number, string] => [
    'field-line',
    bg,
    NON_TEXT,
    'boundary of an input, select or textarea (WCAG 1.4.11)',
  ]),
]

const tokens = themeTokens(css)
const colour = (name: string, theme: Theme) => {
  const found = tokens.get(name)
  if (!found) throw new Error(`no --color-${name} in index.css`)
  return found[theme]
}

const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** The colour tokens the code uses with a utility prefix (text-, bg-, fill-…). */
function tokensUsedAs(prefixes: string): Set<string> {
  const used = new Set<string>()
  const pattern = new RegExp(`\\b(?:${prefixes})-([a-z]+(?:-[a-z]+)*)\\b`, 'g')
  for (const text of Object.values(sources))
    for (const [, name = ''] of text.matchAll(pattern)) if (tokens.has(name)) used.add(name)
  return used
}

// Backgrounds no text sits on: the modal's backdrop, loading placeholders, rules and meter parts.
const NOT_UNDER_TEXT = [
  'backdrop',
  'skeleton',
  'line',
  'meter-track',
  'meter-ok',
  'meter-warn',
  'meter-critical',
]

describe('colour tokens of index.css', () => {
  it('every token used for text or behind it is among the pairs checked', () => {
    expect([...tokensUsedAs('text|fill')]).toEqual(
      expect.arrayContaining(['fg', 'fg-subtle', 'link', 'on-accent', 'white']),
    )
    const foregrounds = new Set(PAIRS.map(([fg]) => fg))
    const backgrounds = new Set([...PAIRS.map(([, bg]) => bg), ...NOT_UNDER_TEXT])
    expect([...tokensUsedAs('text|fill')].filter((name) => !foregrounds.has(name))).toEqual([])
    expect([...tokensUsedAs('bg')].filter((name) => !backgrounds.has(name))).toEqual([])
  })

  it('are all read, with both themes', () => {
    expect(tokens.size).toBeGreaterThan(30)
    expect(tokens.get('fg')?.light).toEqual(parseColour('#0f172a'))
  })

  for (const theme of ['light', 'dark'] as const) {
    it(`meet WCAG AA in the ${theme} theme`, () => {
      const rows = PAIRS.map(([fg, bg, minimum, use]) => ({
        pair: `${fg} on ${bg}`,
        ratio: Math.round(contrastRatio(colour(fg, theme), colour(bg, theme)) * 100) / 100,
        minimum,
        use,
      }))
      expect(rows.filter((row) => row.ratio < row.minimum)).toEqual([])
    })
  }
})
