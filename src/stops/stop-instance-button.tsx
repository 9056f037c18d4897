import { useId } from 'react'
import type { Instance } from '../api/instance'
import { Button } from '../components/button'
import { stopEligibility } from '../lib/status'
import { isSending, requestStop, stopsStore } from './stops-store'
import { useStore } from '../lib/store'
import { STOP_REQUESTED } from '../model/stop-state'

/** The drawer's Stop instance: asks for confirmation, or says why this instance cannot be stopped. */
export function StopInstanceButton({ instance }: { instance: Instance }) {
  const stops = useStore(stopsStore)
  const reasonId = useId()
  const eligibility = stopEligibility(instance.status)
  const reason = stops.pending.has(instance.id)
    ? `${STOP_REQUESTED}: the list does not show it yet`
    : isSending(stops)
      ? 'Wait until the stops being sent are answered'
      : eligibility.ok
        ? null
        : eligibility.reason
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-line px-5 py-3">
      <Button
        variant="danger"
        aria-disabled={reason !== null}
        aria-describedby={reason ? reasonId : undefined}
        className="aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
        onClick={() => {
          if (reason === null) requestStop([instance.id], false)
        }}
      >
        Stop instance
      </Button>
      {reason && (
        <p id={reasonId} className="text-sm text-fg-muted">
          {reason}
        </p>
      )}
    </div>
  )
}
