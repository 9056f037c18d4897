import { COLUMN_IDS, isColumnId, type ColumnId } from './column-ids'

/**
 * The table's shape as a view states it. Each part is null where the view says nothing of it
 * (then the device's layout, else the defaults, apply: see src/columns/resolve-layout.ts).
 */
export interface ColumnLayoutParts {
  /** The columns shown, in order. */
  shown: ColumnId[] | null
  /** Widths in px of the columns whose width was changed. */
  widths: Partial<Record<ColumnId, number>> | null
  /** Columns kept at the start while the others scroll sideways. */
  pinned: ColumnId[] | null
}

export const NO_LAYOUT: ColumnLayoutParts = { shown: null, widths: null, pinned: null }

/** How tall the rows are: two lines, or one (a third more rows on a screen). */
export const DENSITIES = ['comfortable', 'compact'] as const
export type Density = (typeof DENSITIES)[number]
export const DEFAULT_DENSITY: Density = 'comfortable'

export const isDensity = (value: unknown): value is Density =>
  (DENSITIES as readonly unknown[]).includes(value)

/**
 * What a view shows unless it says otherwise: the columns that fit a 1440 px laptop without
 * sideways scrolling, the money column among the first four (in view at 1024 px); CPU cores and
 * Memory are one click away in Columns (and in the drawer). Name stays put while others scroll.
 */
export const DEFAULT_SHOWN: readonly ColumnId[] = [
  'name',
  'status',
  'gpu',
  'price',
  'region',
  'disk',
  'since',
  'created',
  'stops',
]
export const DEFAULT_PINNED: readonly ColumnId[] = ['name']

/** Bounds for any column's width read from outside (each column narrows them further). */
export const WIDTH_RANGE = { min: 40, max: 1000 } as const

/** The column order before `cols` existed: an old `hide=` list is read against it. */
const LEGACY_ORDER: ColumnId[] = [
  'name',
  'status',
  'gpu',
  'cpu',
  'memory',
  'region',
  'price',
  'disk',
  'created',
  'stops',
  'since',
]

/** `name.status.gpu` -> known ids, each once, Name always first among them if missing. */
function idList(raw: string): ColumnId[] {
  const ids = [...new Set(raw.split('.').filter(isColumnId))]
  return ids.includes('name') ? ids : ['name', ...ids]
}

/** `name260.status300` -> widths, each within WIDTH_RANGE; anything else ignored. */
function widthList(raw: string): Partial<Record<ColumnId, number>> {
  const widths: Partial<Record<ColumnId, number>> = {}
  for (const part of raw.split('.')) {
    const match = /^([a-z]+)(\d{1,4})$/.exec(part)
    const [, id = '', digits = ''] = match ?? []
    if (!isColumnId(id)) continue
    widths[id] = Math.min(WIDTH_RANGE.max, Math.max(WIDTH_RANGE.min, Number(digits)))
  }
  return widths
}

/** The layout parts of a query string: `cols`, `w`, `pin`, and the older `hide`. */
export function parseLayout(params: URLSearchParams): ColumnLayoutParts {
  const cols = params.get('cols')
  const hidden = params.getAll('hide').filter(isColumnId)
  const w = params.get('w')
  const pin = params.get('pin')
  return {
    shown:
      cols !== null
        ? idList(cols)
        : hidden.length > 0
          ? LEGACY_ORDER.filter((id) => id === 'name' || !hidden.includes(id))
          : null,
    widths: w === null ? null : widthList(w),
    pinned: pin === null ? null : [...new Set(pin.split('.').filter(isColumnId))],
  }
}

const same = (a: readonly string[], b: readonly string[]) => a.join('.') === b.join('.')

/** Writes the parts a view states, leaving out what equals the defaults. */
export function writeLayout(params: URLSearchParams, layout: ColumnLayoutParts): void {
  const { shown, widths, pinned } = layout
  if (shown && !same(shown, DEFAULT_SHOWN)) params.set('cols', shown.join('.'))
  const sized = COLUMN_IDS.filter((id) => widths?.[id] !== undefined)
  if (sized.length > 0) params.set('w', sized.map((id) => `${id}${widths?.[id]}`).join('.'))
  if (pinned && !same(pinned, DEFAULT_PINNED)) params.set('pin', pinned.join('.'))
}
