import { useCallback, useEffect, useMemo, useState } from 'react'
import { densityPreference } from '../columns/density'
import { deviceLayout, resolveLayout, type ColumnLayout } from '../columns/column-layout'
import { useInstanceTable } from '../columns/use-instance-table'
import { DEFAULT_DENSITY, type ColumnLayoutParts, type Density } from '../model/column-layout'
import type { UpdateView } from '../model/use-view-state'
import type { ViewState } from '../model/view-state'

/**
 * The table's columns and density: what the view states, else what this device last had, else
 * the defaults. Every change goes to both the URL (so a link, a saved view or a fresh browser
 * opens the same table) and the device (so the next visit does); a view that states nothing is
 * given the device's in its URL, so that Copy link and Save view take what is on screen.
 */
export function useColumnLayout(view: ViewState, update: UpdateView) {
  const [device, setDevice] = useState(deviceLayout.read)
  const [deviceDensity, setDeviceDensity] = useState(densityPreference.read)
  const layout = useMemo(() => resolveLayout(view.layout, device), [view.layout, device])
  const density = view.density ?? deviceDensity ?? DEFAULT_DENSITY

  const onLayoutChange = useCallback(
    (next: ColumnLayout) => {
      const parts: ColumnLayoutParts = next
      setDevice(parts)
      deviceLayout.write(parts)
      update({ layout: parts }, 'replace')
    },
    [update],
  )
  const setDensity = useCallback(
    (next: Density) => {
      setDeviceDensity(next)
      densityPreference.write(next)
      update({ density: next }, 'replace')
    },
    [update],
  )

  const statesNothing =
    (view.layout.shown ?? view.layout.widths ?? view.layout.pinned ?? view.density) === null
  useEffect(() => {
    if (statesNothing) update({ layout, density }, 'replace')
  }, [statesNothing, update, layout, density])

  const instanceTable = useInstanceTable(layout, onLayoutChange)
  return { layout, instanceTable, density, setDensity }
}
