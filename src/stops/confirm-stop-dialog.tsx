import { useRef, useState } from 'react'
import type { Instance } from '../api/instance'
import { Button } from '../components/button'
import { Modal } from '../components/modal'
import { plural } from '../lib/format'
import { BillingNote } from './billing-note'
import { NamesList } from './names-list'
import { describeSkips, resolveIds } from './resolve-ids'
import { stopLabel } from './stop-messages'
import { planStop, type SkippedStop } from './stop-plan'

interface Props {
  ids: readonly string[]
  all: readonly Instance[]
  /** Ids the table shows now, to say how many of these the filters hide. */
  shown: ReadonlySet<string>
  /** Stops already requested: skipped. */
  pending: { has: (id: string) => boolean }
  /** Set once confirmed: how many of the stops sent have been answered. */
  progress: { answered: number; total: number } | null
  onConfirm: (send: Instance[], skipped: SkippedStop[]) => void
  onClose: () => void
}

/**
 * Names every instance a stop will be sent for, what it costs and what is not known of billing.
 * What it lists when it opens is what may be sent: a refresh meanwhile can only take instances
 * out (those no longer stoppable are skipped and named), never add one.
 */
export function ConfirmStopDialog({
  ids,
  all,
  shown,
  pending,
  progress,
  onConfirm,
  onClose,
}: Props) {
  const [plan] = useState(() => {
    const { found, missing } = resolveIds(ids, all)
    const planned = planStop(found, pending)
    return { ...planned, skip: [...planned.skip, ...missing] }
  })
  const once = useRef(false)
  const [confirmed, setConfirmed] = useState(false)
  const count = plan.send.length
  const hidden = plan.send.filter((instance) => !shown.has(instance.id)).length

  const confirm = () => {
    if (once.current || count === 0) return
    once.current = true
    setConfirmed(true)
    const { found, missing } = resolveIds(
      plan.send.map((instance) => instance.id),
      all,
    )
    const now = planStop(found, new Set())
    onConfirm(now.send, [...plan.skip, ...now.skip, ...missing])
  }

  return (
    <Modal
      role="alertdialog"
      title={count > 0 ? `${stopLabel(count)}?` : 'Nothing to stop'}
      onClose={onClose}
      initialFocus="[data-autofocus]"
      footer={
        <>
          <Button data-autofocus onClick={onClose}>
            {confirmed ? 'Close' : 'Cancel'}
          </Button>
          <Button
            variant="danger"
            aria-disabled={confirmed || count === 0}
            className="aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
            onClick={confirm}
          >
            {confirmed && progress
              ? `Sending… ${progress.answered.toLocaleString()} of ${progress.total.toLocaleString()}`
              : stopLabel(count)}
          </Button>
        </>
      }
    >
      {count > 0 && (
        <>
          <p>
            {count === 1
              ? 'A stop request is sent once for this instance; nothing is retried.'
              : `A stop request is sent once for each of these ${plural(count, 'instance')}; nothing is retried.`}
            {hidden > 0 &&
              (count === 1
                ? ' It is not shown by the filters.'
                : ` ${plural(hidden, 'of them is', 'of them are')} not shown by the filters.`)}
          </p>
          <NamesList instances={plan.send} />
          <BillingNote plan={plan} />
        </>
      )}
      {plan.skip.length > 0 && (
        <p className="mt-3">
          <span className="font-medium text-fg">
            Skipped, not sent ({plan.skip.length.toLocaleString()}):
          </span>{' '}
          {describeSkips(plan.skip, 20)}
        </p>
      )}
      {confirmed && (
        <p className="mt-3 text-fg-muted">Closing this does not cancel the stops already sent.</p>
      )}
    </Modal>
  )
}
