import { statusLabel } from '../lib/instance-format'
import type { StatusGroup } from '../lib/status'
import { Badge } from './badge'
import type { Tone } from './tone'

const GROUP_TONE: Record<StatusGroup, Tone> = {
  running: 'success',
  transitional: 'info',
  stopped: 'neutral',
  failed: 'danger',
  unknown: 'neutral',
}

/** A status as a badge coloured by its group; an unknown status is shown as sent, never an error. */
export function StatusBadge({ status, group }: { status: string; group: StatusGroup }) {
  return <Badge tone={GROUP_TONE[group]}>{statusLabel(status)}</Badge>
}
