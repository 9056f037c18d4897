import { useEffect, useState } from 'react'
import { formatApproxHourly, formatCharge } from '../../lib/instance-format'
import { isHourlyMode } from '../../lib/pricing'
import { CELLS } from './cells'
import { sortByColumn } from '../../model/sort'
import { instanceColumns } from './column-defs'
import { PENDING_STATUS, rowClass, rowProps } from './row-look'
import type { LayoutKit } from './layout-kit'
import { SelectAllHeader, SelectCell } from './select-cells'

/**
 * What the layout kit draws with, all of it already in the first-paint chunk. Handed in rather
 * than imported, so that the kit's chunk imports nothing of the app and splits nothing out of it.
 */
export const LAYOUT_DEPS = {
  CELLS,
  PENDING_STATUS,
  rowClass,
  rowProps,
  SelectCell,
  SelectAllHeader,
  formatCharge,
  formatApproxHourly,
  isHourlyMode,
  instanceColumns,
  sortByColumn,
}
export type LayoutDeps = typeof LAYOUT_DEPS

let loaded: LayoutKit | undefined

/**
 * The narrow layouts' kit, loaded right after the first paint, and the kit again as `phone` while
 * the screen is a phone's. Until it loads (or if its code cannot be loaded) the list keeps its
 * table rows and no cue: less handy on a small screen, never broken.
 */
export function useLayoutKit(): { kit?: LayoutKit; phone?: LayoutKit } {
  const [kit, setKit] = useState(loaded)
  const [phone, setPhone] = useState(false)
  useEffect(() => {
    if (kit) return kit.watchPhone(setPhone)
    import('./layout-kit')
      .then((module) => setKit((loaded ??= module.createLayoutKit(LAYOUT_DEPS))))
      .catch(() => {})
  }, [kit])
  return { kit, phone: phone ? kit : undefined }
}
