import { lazy, Suspense } from 'react'
import { Popover } from '../components/popover'

const DeviceDataPanel = lazy(() =>
  import('./device-data-panel').then((module) => ({ default: module.DeviceDataPanel })),
)

export const DEVICE_DATA = 'This device'

/** The header's "This device" button: what the dashboard keeps here, and Forget this device's data. */
export function DeviceDataButton({ onForgotten }: { onForgotten: () => void }) {
  return (
    <Popover label={DEVICE_DATA} align="end">
      <Suspense fallback={<p className="p-2 text-sm text-fg-muted">Loading…</p>}>
        <DeviceDataPanel onForgotten={onForgotten} />
      </Suspense>
    </Popover>
  )
}
