import { useCallback, useMemo, useState } from 'react'
import { densityPreference, type Density } from '../columns/density'
import { deviceLayout, resolveLayout, type ColumnLayout } from '../columns/column-layout'
import { useInstanceTable } from '../columns/use-instance-table'
import type { ColumnLayoutParts } from '../model/column-layout'
import type { UpdateView } from '../model/use-view-state'
import type { ViewState } from '../model/view-state'

/**
 * The table's columns and density: the layout the view states, else the one this device last
 * had, else the defaults; every change goes to both the URL (so a link opens the same table) and
 * the device (so the next visit does).
 */
export function useColumnLayout(view: ViewState, update: UpdateView) {
  const [device, setDevice] = useState(deviceLayout.read)
  const layout = useMemo(() => resolveLayout(view.layout, device), [view.layout, device])
  const onLayoutChange = useCallback(
    (next: ColumnLayout) => {
      const parts: ColumnLayoutParts = next
      setDevice(parts)
      deviceLayout.write(parts)
      update({ layout: parts }, 'replace')
    },
    [update],
  )
  const instanceTable = useInstanceTable(layout, onLayoutChange)
  const [density, setDensityState] = useState<Density>(densityPreference.read)
  const setDensity = useCallback((next: Density) => {
    setDensityState(next)
    densityPreference.write(next)
  }, [])
  return { layout, instanceTable, density, setDensity }
}
