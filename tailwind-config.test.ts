import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compile } from '@tailwindcss/node'
import { describe, expect, it } from 'vitest'
import { CARD_HEIGHT, ROW_HEIGHTS } from './tailwind.config.ts'

const SRC = join(import.meta.dirname, 'src')

describe('tailwind.config.ts', () => {
  it('is read by the build: its row heights, breakpoints (in place of Tailwind’s), layers and fonts become classes', async () => {
    const css = readFileSync(join(SRC, 'index.css'), 'utf8')
    const compiler = await compile(css, { base: SRC, onDependency: () => undefined })
    const built = compiler.build([
      'h-row-comfortable',
      'h-row-compact',
      'h-card',
      'sm:flex',
      'tablet:flex',
      'max-tablet:hidden',
      'desktop:flex',
      'z-overlay',
      'font-mono',
    ])
    expect(built).toMatch(new RegExp(`\\.h-row-compact \\{\\s*height: ${ROW_HEIGHTS.compact}px`))
    expect(built).toMatch(
      new RegExp(`\\.h-row-comfortable \\{\\s*height: ${ROW_HEIGHTS.comfortable}px`),
    )
    expect(built).toMatch(new RegExp(`\\.h-card \\{\\s*height: ${CARD_HEIGHT}px`))
    expect(built).toMatch(/@media \(width >= 40rem\)/)
    expect(built).toMatch(/@media \(width >= 48rem\)/)
    expect(built).toMatch(/@media \(width < 48rem\)/)
    expect(built).toMatch(/@media \(width >= 80rem\)/)
    expect(built).toMatch(/\.z-overlay \{\s*z-index: 20/)
    // The layouts' names replace Tailwind's: md, lg and xl build nothing.
    const fresh = await compile(css, { base: SRC, onDependency: () => undefined })
    expect(fresh.build(['md:flex', 'lg:flex', 'xl:flex', '2xl:flex'])).not.toMatch(/@media/)
    expect(built).toMatch(/ui-monospace/)
  })
})
