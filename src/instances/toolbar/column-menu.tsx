import { lazy, Suspense } from 'react'
import { Popover } from '../../components/popover'
import type { ColumnMenuProps } from './column-menu-panel'

const ColumnMenuPanel = lazy(() =>
  import('./column-menu-panel').then((module) => ({ default: module.ColumnMenuPanel })),
)

/** The Columns button; its panel loads on first use. */
export function ColumnMenu(props: ColumnMenuProps) {
  return (
    <Popover label="Columns" align="end">
      <Suspense fallback={<p className="p-2 text-sm text-fg-muted">Loading…</p>}>
        <ColumnMenuPanel {...props} />
      </Suspense>
    </Popover>
  )
}
