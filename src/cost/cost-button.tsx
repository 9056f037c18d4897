import { lazy, Suspense, useState } from 'react'
import type { Instance } from '../api/instance'
import { Button } from '../components/button'

const CostView = lazy(() => import('./cost-view').then((module) => ({ default: module.CostView })))

interface Props {
  /** The instances the current filters show: the Cost view follows them. */
  instances: readonly Instance[]
  total: number
  /** The filters in use, as they read ("Region: us-east-1"). */
  filters: string[]
  instanceHref: (id: string) => string
  onOpenInstance: (id: string) => void
}

/** The header's Cost button; the view and its charts load on first use. */
export function CostButton(props: Props) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button onClick={() => setOpen(true)} aria-haspopup="dialog">
        Cost
      </Button>
      {open && (
        <Suspense fallback={null}>
          <CostView {...props} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
