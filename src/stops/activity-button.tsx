import { lazy, useState } from 'react'
import { Button } from '../components/button'
import { LazyPart } from '../components/lazy-part'
import { activityStore } from './activity-log'
import { useStore } from '../lib/store'

// The panel is not needed for the first paint: it loads when first opened.
const ActivityPanel = lazy(() =>
  import('./activity-panel').then((module) => ({ default: module.ActivityPanel })),
)

/** The header's Activity button; the count of entries is shown beside its name. */
export function ActivityButton() {
  const [open, setOpen] = useState(false)
  const count = useStore(activityStore).length
  return (
    <>
      <Button onClick={() => setOpen(true)} aria-haspopup="dialog">
        Activity
        {count > 0 && (
          <span
            aria-hidden="true"
            className="rounded-full bg-surface-muted px-1.5 text-xs tabular-nums"
          >
            {count}
          </span>
        )}
      </Button>
      {open && (
        <LazyPart>
          <ActivityPanel onClose={() => setOpen(false)} />
        </LazyPart>
      )}
    </>
  )
}
