import { liveHealthLabel, statusLabel } from '../lib/instance-format'
import { liveHealth, type StatusGroup } from '../lib/status'
import { badgeClass } from './badge-class'
import type { Tone } from './tone'

/*
 * A row's status marks as plain elements, not components: a sort re-renders every row in view,
 * and each component is one more thing for React to render per row.
 */

const GROUP_TONE: Record<StatusGroup, Tone> = {
  running: 'success',
  transitional: 'info',
  stopped: 'neutral',
  failed: 'danger',
  unknown: 'neutral',
}

/** A status as a badge coloured by its group; an unknown status is shown as sent, never an error. */
export const statusBadge = (status: string, group: StatusGroup, className = '') => (
  <span className={`${badgeClass(GROUP_TONE[group])} ${className}`}>{statusLabel(status)}</span>
)

const LOOK = {
  healthy: { icon: '●', className: 'text-success' },
  attention: { icon: '◐', className: 'text-warning' },
  unhealthy: { icon: '▲', className: 'font-semibold text-danger' },
  none: { icon: '○', className: 'text-fg-subtle' },
} as const

/**
 * Health where it means something, with a text alternative: green only where HPC-AI's fields
 * agree (healthy, no diagnosis: see liveHealth); a stopped instance (or one whose health is not
 * reported) gets a neutral ring; a healthy one that needs attention is not plain green.
 * One element (an image with its label), not an icon and a hidden label.
 */
export function healthMark(
  i: {
    healthy: boolean | null
    status: string
    statusGroup: StatusGroup
    diagnosisReason: string
    diagnosisMessage: string
  },
  flagged: boolean,
  className = '',
) {
  const health = liveHealth(i.healthy, i.statusGroup, i.diagnosisReason, i.diagnosisMessage)
  const attention = health === 'healthy' && flagged
  const label = attention
    ? 'Healthy by HPC-AI’s check, but needs attention'
    : liveHealthLabel(health, i.status, i.diagnosisReason)
  const look = LOOK[attention ? 'attention' : health]
  return (
    <span role="img" aria-label={label} className={`${look.className} ${className}`} title={label}>
      {look.icon}
    </span>
  )
}
