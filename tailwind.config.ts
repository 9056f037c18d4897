import type { Config } from 'tailwindcss'

/**
 * The layout's named sizes, read by Tailwind through `@config` in src/index.css (colours stay
 * `light-dark()` tokens there). Row heights are also read by the row window's arithmetic
 * (src/columns/density.ts), so a row is exactly as tall as the arithmetic says.
 */
export const ROW_HEIGHTS = { comfortable: 52, compact: 36 } as const
/** A phone's card: name and price, status, details. */
export const CARD_HEIGHT = 92

export default {
  content: [],
  theme: {
    extend: {
      // phone: below tablet; tablet: the table scrolls sideways; desktop: it fits.
      screens: { tablet: '48rem', desktop: '80rem' },
      fontFamily: {
        sans: ['Inter', 'ui-sans-serif', 'system-ui', 'sans-serif'],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'monospace'],
      },
      height: {
        'row-comfortable': `${ROW_HEIGHTS.comfortable}px`,
        'row-compact': `${ROW_HEIGHTS.compact}px`,
        card: `${CARD_HEIGHT}px`,
      },
      // Stacking inside the page; dialogs and popovers are in the top layer, above all of these.
      zIndex: { pinned: '1', 'table-head': '10', overlay: '20' },
    },
  },
} satisfies Config
