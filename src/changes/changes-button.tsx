import { lazy, Suspense } from 'react'
import { Badge } from '../components/badge'
import { Popover } from '../components/popover'
import type { ChangeLog } from './use-change-log'

const Notifier = lazy(() => import('./notifier').then((module) => ({ default: module.Notifier })))
const ChangesPanel = lazy(() =>
  import('./changes-panel').then((module) => ({ default: module.ChangesPanel })),
)

interface Props {
  log: ChangeLog
  instanceHref: (id: string) => string
  onOpenInstance: (id: string) => void
}

/** The header's Changes button: how many changes are new, and the panel listing them (loaded on first use). */
export function ChangesButton({ log, instanceHref, onOpenInstance }: Props) {
  return (
    <>
      {log.notify && (
        <Suspense fallback={null}>
          <Notifier batch={log.batch} />
        </Suspense>
      )}
      <Popover
        label="Changes"
        align="start"
        description={log.unseen ? `${log.unseen} new` : undefined}
        active={log.unseen > 0}
        trigger={
          <>
            Changes
            {log.unseen > 0 && <Badge tone="info">{log.unseen}</Badge>}
          </>
        }
      >
        <Suspense fallback={<p className="p-2 text-sm text-fg-muted">Loading…</p>}>
          <ChangesPanel log={log} instanceHref={instanceHref} onOpenInstance={onOpenInstance} />
        </Suspense>
      </Popover>
    </>
  )
}
