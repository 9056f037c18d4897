import { statusBadge } from './status-marks'
import type { StatusGroup } from '../lib/status'

/** A status as a badge coloured by its group; an unknown status is shown as sent, never an error. */
export function StatusBadge({ status, group }: { status: string; group: StatusGroup }) {
  return statusBadge(status, group)
}
