import { lazy, Suspense, useRef, useState } from 'react'
import { Button } from '../components/button'
import type { CostProps } from './cost-props'

const CostView = lazy(() => import('./cost-view').then((module) => ({ default: module.CostView })))

/** The header's Cost button; the view and its charts load on first use. */
export function CostButton(props: CostProps) {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  return (
    <>
      <Button ref={buttonRef} onClick={() => setOpen(true)} aria-haspopup="dialog">
        Cost
      </Button>
      {open && (
        <Suspense fallback={null}>
          <CostView
            {...props}
            onClose={() => {
              setOpen(false)
              // The sheet leaves focus nowhere (its heading is gone): back to what opened it.
              buttonRef.current?.focus()
            }}
          />
        </Suspense>
      )}
    </>
  )
}
