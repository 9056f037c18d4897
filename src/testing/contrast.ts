/**
 * WCAG 2.x colour contrast, for tests: the unit test of the colour tokens (src/index.css) and the
 * e2e focus-visibility check (computed styles read from Chromium) share it.
 */

/** sRGB channels 0-255 and alpha 0-1. */
export interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

const HEX = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i
// rgb(1, 2, 3) / rgba(1, 2, 3, 0.5) / rgb(1 2 3 / 0.5) / rgb(1 2 3 / 50%) / color(srgb 0.1 0.2 0.3 / 0.5)
const FUNCTION = /^(rgba?|color)\(\s*(srgb\s+)?([^)]*)\)$/i

function alphaOf(text: string | undefined): number {
  if (text === undefined) return 1
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text)
}

/** A CSS colour as Chromium computes it, or as written in index.css (hex, rgb(), color(srgb …)). */
export function parseColour(css: string): Rgba {
  const text = css.trim().toLowerCase()
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 }
  const hex = HEX.exec(text)?.[1]
  if (hex) {
    const full = hex.length <= 4 ? hex.replace(/./g, '$&$&') : hex
    const channel = (index: number) => parseInt(full.slice(index * 2, index * 2 + 2), 16)
    return {
      r: channel(0),
      g: channel(1),
      b: channel(2),
      a: full.length === 8 ? channel(3) / 255 : 1,
    }
  }
  const match = FUNCTION.exec(text)
  // color() must name srgb, rgb() must not.
  if (match?.[3] !== undefined && (match[1] === 'color') === Boolean(match[2])) {
    const [channels = '', slashAlpha] = match[3].split('/')
    const [r, g, b, commaAlpha, ...rest] = channels.split(/[\s,]+/).filter(Boolean)
    // rgb() channels are 0-255 or percentages; color(srgb) channels are 0-1.
    const channel = (part: string | undefined) =>
      part?.endsWith('%')
        ? (Number(part.slice(0, -1)) / 100) * 255
        : Number(part) * (match[1] === 'color' ? 255 : 1)
    const colour = {
      r: channel(r),
      g: channel(g),
      b: channel(b),
      a: alphaOf(slashAlpha?.trim() ?? commaAlpha),
    }
    const valid = [colour.r, colour.g, colour.b, colour.a].every(Number.isFinite)
    if (valid && rest.length === 0 && !(slashAlpha && commaAlpha)) return colour
  }
  throw new Error(`not a colour this helper reads: ${css}`)
}

/** `top` painted over `bottom`, which is opaque. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (front: number, back: number) => front * top.a + back * (1 - top.a)
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 }
}

/**
 * The opaque colour seen through a stack of backgrounds, nearest first (the element's own, then
 * each ancestor's): the first opaque one, with the translucent ones above it painted over it.
 * If none is opaque, the canvas is.
 */
export function effectiveBackground(stack: readonly Rgba[], canvas: Rgba): Rgba {
  const opaque = stack.findIndex((colour) => colour.a >= 1)
  const base = opaque === -1 ? canvas : (stack[opaque] ?? canvas)
  const above = opaque === -1 ? stack : stack.slice(0, opaque)
  return above.reduceRight<Rgba>((under, colour) => composite(colour, under), base)
}

/** WCAG 2.x relative luminance of an opaque colour. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const value = channel / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG contrast ratio, 1 to 21; a translucent foreground is first painted over the background. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const front = relativeLuminance(foreground.a < 1 ? composite(foreground, background) : foreground)
  const back = relativeLuminance(background)
  return (Math.max(front, back) + 0.05) / (Math.min(front, back) + 0.05)
}
