import { devicePreference } from '../lib/device-preference'
import { COLUMN_IDS, isColumnId, type ColumnId } from '../model/column-ids'
import {
  DEFAULT_PINNED,
  DEFAULT_SHOWN,
  NO_LAYOUT,
  type ColumnLayoutParts,
} from '../model/column-layout'
import { COLUMNS } from './instance-columns'

/** The table's shape in effect: every part decided. */
export interface ColumnLayout {
  shown: ColumnId[]
  widths: Partial<Record<ColumnId, number>>
  pinned: ColumnId[]
}

const ids = (value: unknown): ColumnId[] | null =>
  Array.isArray(value)
    ? [...new Set(value.filter((id): id is ColumnId => isColumnId(String(id))))]
    : null

/** The last layout chosen on this device: what a view that states none opens with. */
export const deviceLayout = devicePreference<ColumnLayoutParts>('hpcai.columns', (stored) => {
  if (typeof stored !== 'object' || stored === null) return NO_LAYOUT
  const { shown, widths, pinned } = stored as Record<string, unknown>
  const sized =
    typeof widths === 'object' && widths !== null
      ? Object.fromEntries(
          Object.entries(widths).filter(
            ([id, width]) => isColumnId(id) && typeof width === 'number',
          ),
        )
      : null
  return { shown: ids(shown), widths: sized, pinned: ids(pinned) }
})

const clampWidth = (id: ColumnId, width: number) =>
  Math.round(Math.min(COLUMNS[id].maxSize, Math.max(COLUMNS[id].minSize, width)))

/**
 * The layout in effect: each part as the view states it, else as this device last had it, else
 * the defaults. Name is always shown; pinned columns are shown ones.
 */
export function resolveLayout(
  view: ColumnLayoutParts,
  device: ColumnLayoutParts = NO_LAYOUT,
): ColumnLayout {
  const listed = view.shown ?? device.shown ?? DEFAULT_SHOWN
  const shown: ColumnId[] = listed.includes('name') ? [...listed] : ['name', ...listed]
  const widths: Partial<Record<ColumnId, number>> = {}
  for (const [id, width] of Object.entries(view.widths ?? device.widths ?? {}))
    if (isColumnId(id)) widths[id] = clampWidth(id, width)
  const pinned = (view.pinned ?? device.pinned ?? DEFAULT_PINNED).filter((id) => shown.includes(id))
  return { shown, widths, pinned }
}

/** The full column order TanStack Table keeps: the shown columns, then the hidden ones. */
export const columnOrderOf = (layout: ColumnLayout): ColumnId[] => [
  ...layout.shown,
  ...COLUMN_IDS.filter((id) => !layout.shown.includes(id)),
]
