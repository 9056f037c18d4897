import { describe, expect, it } from 'vitest'
import {
  composite,
  contrastRatio,
  effectiveBackground,
  parseColour,
  relativeLuminance,
} from './contrast'

const WHITE = { r: 255, g: 255, b: 255, a: 1 }
const BLACK = { r: 0, g: 0, b: 0, a: 1 }

describe('parseColour', () => {
  it.each([
    ['#fff', WHITE],
    ['#000000', BLACK],
    ['#1f5bd6', { r: 31, g: 91, b: 214, a: 1 }],
    ['#ff000080', { r: 255, g: 0, b: 0, a: 128 / 255 }],
    ['#f008', { r: 255, g: 0, b: 0, a: 136 / 255 }],
    ['rgb(31, 91, 214)', { r: 31, g: 91, b: 214, a: 1 }],
    ['rgba(15, 23, 42, 0.3)', { r: 15, g: 23, b: 42, a: 0.3 }],
    ['rgb(15 23 42 / 0.3)', { r: 15, g: 23, b: 42, a: 0.3 }],
    ['rgb(15 23 42 / 30%)', { r: 15, g: 23, b: 42, a: 0.3 }],
    ['rgb(100% 0% 50%)', { r: 255, g: 0, b: 127.5, a: 1 }],
    ['color(srgb 1 0 0.5 / 0.25)', { r: 255, g: 0, b: 127.5, a: 0.25 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
    [' RGB(0, 0, 0) ', BLACK],
  ])('reads %s', (css, expected) => {
    const colour = parseColour(css)
    for (const key of ['r', 'g', 'b', 'a'] as const)
      expect(colour[key]).toBeCloseTo(expected[key], 6)
  })

  it.each([
    '',
    'red',
    '#12',
    '#12345',
    'rgb(1, 2)',
    'rgb(1 2 3 4 5)',
    'oklch(0.5 0.1 200)',
    'color(display-p3 1 0 0)',
    'color(1 0 0)',
    'rgb(a, b, c)',
  ])('refuses %j rather than guess', (css) => {
    expect(() => parseColour(css)).toThrow(/not a colour/)
  })
})

describe('relativeLuminance and contrastRatio (WCAG 2.x)', () => {
  it('spans 1 to 21 from black to white, in either order', () => {
    expect(relativeLuminance(BLACK)).toBe(0)
    expect(relativeLuminance(WHITE)).toBeCloseTo(1, 10)
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 10)
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 10)
    expect(contrastRatio(WHITE, WHITE)).toBe(1)
  })

  it('matches published ratios', () => {
    // WebAIM's checker: #767676 on white is the lightest grey passing AA (4.54:1); #777 fails (4.48).
    expect(contrastRatio(parseColour('#767676'), WHITE)).toBeCloseTo(4.54, 2)
    expect(contrastRatio(parseColour('#777777'), WHITE)).toBeCloseTo(4.48, 2)
    expect(contrastRatio(parseColour('#0000ff'), WHITE)).toBeCloseTo(8.59, 2)
    expect(contrastRatio(parseColour('#ff0000'), WHITE)).toBeCloseTo(4.0, 2)
  })

  it('uses the low-end linear segment of the sRGB curve', () => {
    // 10/255 = 0.0392 is below the 0.04045 knee: luminance 0.0392 / 12.92.
    expect(relativeLuminance({ r: 10, g: 10, b: 10, a: 1 })).toBeCloseTo(10 / 255 / 12.92, 10)
  })

  it('paints a translucent foreground over the background first', () => {
    const halfBlack = { ...BLACK, a: 0.5 }
    expect(contrastRatio(halfBlack, WHITE)).toBeCloseTo(
      contrastRatio(composite(halfBlack, WHITE), WHITE),
      10,
    )
    expect(contrastRatio({ ...BLACK, a: 0 }, WHITE)).toBe(1)
  })
})

describe('effectiveBackground', () => {
  const red = { r: 255, g: 0, b: 0, a: 1 }
  it('is the nearest opaque background', () => {
    expect(effectiveBackground([{ ...BLACK, a: 0 }, red, BLACK], WHITE)).toEqual(red)
  })
  it('paints translucent layers over it, nearest last', () => {
    const layers = [{ ...BLACK, a: 0.5 }, { ...WHITE, a: 0.5 }, red]
    // white at half over red = (255, 127.5, 127.5); black at half over that = (127.5, 63.75, 63.75)
    expect(effectiveBackground(layers, WHITE)).toEqual({ r: 127.5, g: 63.75, b: 63.75, a: 1 })
  })
  it('falls back to the canvas when nothing is opaque', () => {
    expect(effectiveBackground([], BLACK)).toEqual(BLACK)
    expect(effectiveBackground([{ ...WHITE, a: 0.5 }], BLACK)).toEqual({
      r: 127.5,
      g: 127.5,
      b: 127.5,
      a: 1,
    })
  })
})
