import { describe, expect, it } from 'vitest'

const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

// Tailwind's palette is switched off in index.css: such a class would silently draw nothing.
const PALETTE_CLASS =
  /\b(?:bg|text|border|ring|outline|accent|fill|stroke|from|via|to|divide|placeholder|decoration|shadow)-(?:slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose|brand|black)(?:-\d+)?\b/g

describe('colours', () => {
  it('come from the semantic tokens of index.css, never from palette names', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20)
    const offenders = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(PALETTE_CLASS)].map((match) => `${file}: ${match[0]}`),
    )
    expect(offenders).toEqual([])
  })
})
