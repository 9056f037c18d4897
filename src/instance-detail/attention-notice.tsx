import { use, useId } from 'react'
import { Button } from '../components/button'
import { Notice } from '../components/notice'
import { stopEligibility } from '../lib/status'
import type { ExplainedFlag, NextAction } from '../model/attention'
import { StopAccessContext } from '../model/stop-access'

const LINK = 'font-medium text-link underline'

/** A next step's action: the stop confirmation, or a page in a new tab. */
function Action({ action, instance }: { action: NextAction; instance: StopTarget }) {
  const stops = use(StopAccessContext)
  const reasonId = useId()
  if (action.kind === 'link')
    return (
      <a href={action.href} target="_blank" rel="noopener noreferrer" className={LINK}>
        {action.label}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    )
  const eligibility = stopEligibility(instance.status)
  const blocked = stops.isPending(instance.id)
    ? 'Stop requested'
    : (stops.busy ?? (eligibility.ok ? null : eligibility.reason))
  return (
    <>
      <Button
        size="sm"
        variant="danger"
        aria-disabled={blocked !== null}
        aria-describedby={blocked ? reasonId : undefined}
        className="h-7 aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
        onClick={() => {
          if (blocked === null) stops.request(instance.id)
        }}
      >
        {action.label}
      </Button>
      {blocked && (
        <span id={reasonId} className="text-fg-muted">
          {blocked}
        </span>
      )}
    </>
  )
}

interface StopTarget {
  id: string
  status: string
}

/**
 * The instance's attention flags: each its short reason, why in full, the next step and the
 * actions that step names (Stop now, the HPC-AI console, Jupyter).
 */
export function AttentionNotice({
  flags,
  instance,
}: {
  flags: readonly ExplainedFlag[]
  instance: StopTarget
}) {
  // An action two flags name (the console, Stop now) is offered once, under the first of them.
  const offered = new Set<string>()
  const actionsOf = (flag: ExplainedFlag) => {
    const fresh = flag.actions.filter((action) => !offered.has(action.label))
    for (const action of fresh) offered.add(action.label)
    return fresh
  }
  return (
    <Notice tone="warning" role="note" className="mb-3">
      <p className="font-semibold">Needs attention</p>
      <ul className="mt-1 space-y-2">
        {flags.map((flag) => {
          const actions = actionsOf(flag)
          return (
            <li key={flag.kind}>
              <span className="font-medium">{flag.short}</span>
              {flag.label !== flag.short && (
                <span className="text-fg-muted"> ({flag.label})</span>
              )}: {flag.reason}
              {flag.nextStep && (
                <span className="block">
                  <span className="font-medium">Next step:</span> {flag.nextStep}
                </span>
              )}
              {actions.length > 0 && (
                <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
                  {actions.map((action) => (
                    <Action key={action.label} action={action} instance={instance} />
                  ))}
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </Notice>
  )
}
