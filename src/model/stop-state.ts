import { statusLabel } from '../lib/instance-format'
import type { StatusGroup } from '../lib/status'

import { STOP_REQUESTED } from './stop-words'

export { STOP_REQUESTED }

export interface StopMark {
  /** A stop was sent (or accepted) and no list loaded since shows it. */
  pending?: boolean
  /** Shown although it no longer matches the filters: its stop's outcome is still on screen. */
  kept?: boolean
}

export interface ShownStatus {
  /** The badge text: the status, or "Stop requested". */
  label: string
  /** The badge colour's group. */
  group: StatusGroup
  /** Why it reads so, where that is not plain (for a title and screen readers), or null. */
  description: string | null
}

const KEPT = 'Kept in view until you dismiss the stop outcome: it no longer matches the filters.'

/** How an instance's status reads, given its stop in progress (stop-state.ts's one rule). */
export function shownStatus(
  instance: { status: string; statusGroup: StatusGroup },
  mark: StopMark = {},
): ShownStatus {
  if (mark.pending)
    return {
      label: STOP_REQUESTED,
      group: 'transitional',
      description: `Stop sent; the list does not show it yet (it reads ${statusLabel(instance.status)}).${mark.kept ? ` ${KEPT}` : ''}`,
    }
  return {
    label: statusLabel(instance.status),
    group: instance.statusGroup,
    description: mark.kept ? KEPT : null,
  }
}
