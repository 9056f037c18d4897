import type { Config } from 'tailwindcss'

/**
 * The layout's named sizes, read by Tailwind through `@config` in src/index.css (colours stay
 * `light-dark()` tokens there). Row heights are also read by the row window's arithmetic
 * (src/columns/density.ts), so a row is exactly as tall as the arithmetic says.
 */
export const ROW_HEIGHTS = { comfortable: 52, compact: 36 } as const
/** A phone's card: name and price, status, details. */
export const CARD_HEIGHT = 92
/**
 * The layouts' breakpoints, in place of Tailwind's defaults: a phone below `tablet` (cards, panels
 * behind More and Filters), a tablet from it (the table, scrolled sideways if need be), a desktop
 * from `desktop` (every default column fits; the summary on one row). `sm` is kept for the few
 * parts that widen on a large phone (notices, dialogs, the summary's 5 columns).
 */
export const SCREENS = { sm: '40rem', tablet: '48rem', desktop: '80rem' } as const

export default {
  content: [],
  theme: {
    screens: SCREENS,
    extend: {
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
