import type { Ref } from 'react'
import { Button } from '../components/button'
import { Notice } from '../components/notice'
import { plural } from '../lib/format'
import { describeSkips } from './resolve-ids'
import { STOP_REQUESTED } from '../model/stop-state'
import { batchHeadline, listNames } from './stop-messages'
import type { StopTarget } from './stop-plan'
import type { BatchState } from './stops-store'

const MAX_FAILURES = 20

interface Props {
  ref?: Ref<HTMLDivElement>
  batch: BatchState | null
  /** What an instance's row shows now ("Stop requested", a status), null once it is not listed. */
  shownAs: (id: string) => string | null
  /** Accepted stops shown although they no longer match the filters (until this is dismissed). */
  keptOutside: readonly StopTarget[]
  onRetry: () => void
  onDismiss: () => void
}

/** The live outcome of the last batch: progress, then "2 stopped, 1 failed", each failure named. */
export function StopResults({ ref, batch, shownAs, keptOutside, onRetry, onDismiss }: Props) {
  const result = batch?.result ?? null
  const failures = result ? result.failed.length + result.refused.length : 0
  return (
    <div ref={ref} role="status" aria-label="Stop results" tabIndex={-1} className="rounded-md">
      {batch && !result && (
        <Notice tone="info">
          Sending {plural(batch.targets.length, 'stop')}: {batch.answered.toLocaleString()} of{' '}
          {batch.targets.length.toLocaleString()} answered…
        </Notice>
      )}
      {batch && result && (
        <Notice
          tone={failures > 0 || result.notSent.length > 0 ? 'warning' : 'success'}
          action={
            <div className="flex flex-col gap-1.5 sm:flex-row">
              {result.failed.length > 0 && <Button onClick={onRetry}>Retry failed</Button>}
              <Button variant="ghost" onClick={onDismiss}>
                Dismiss
              </Button>
            </div>
          }
        >
          <p className="font-semibold">{batchHeadline(result, shownAs)}</p>
          {result.stopped.length > 0 && (
            <p>
              HPC-AI accepted the stop of {listNames(result.stopped, 5)}; each reads “
              {STOP_REQUESTED}” until the list shows the status HPC-AI gives it.
            </p>
          )}
          {keptOutside.length > 0 && (
            <p>
              Shown until you dismiss this, though the filters no longer match:{' '}
              {listNames(keptOutside, 5)}.
            </p>
          )}
          {result.failed.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {result.failed.slice(0, MAX_FAILURES).map(({ target, message }) => (
                <li key={target.id}>
                  <span className="font-medium">{target.name || target.id}</span>: {message}
                </li>
              ))}
            </ul>
          )}
          {result.failed.length > MAX_FAILURES && (
            <p>
              and {(result.failed.length - MAX_FAILURES).toLocaleString()} more failures (all are in
              Activity)
            </p>
          )}
          {result.refused.length > 0 && (
            <p>Refused with the expired token: {listNames(result.refused)}.</p>
          )}
          {result.notSent.length > 0 && <p>Not sent: {listNames(result.notSent)}.</p>}
          {batch.skipped.length > 0 && (
            <p>Skipped, not sent: {describeSkips(batch.skipped, 10)}.</p>
          )}
        </Notice>
      )}
    </div>
  )
}
