import { liveHealthLabel } from '../lib/instance-format'
import { liveHealth, type StatusGroup } from '../lib/status'

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
 */
export function HealthMark({
  healthy,
  status,
  group,
  diagnosisReason = '',
  diagnosisMessage = '',
  flagged = false,
}: {
  healthy: boolean | null
  status: string
  group: StatusGroup
  diagnosisReason?: string
  diagnosisMessage?: string
  flagged?: boolean
}) {
  const health = liveHealth(healthy, group, diagnosisReason, diagnosisMessage)
  const label =
    health === 'healthy' && flagged
      ? 'Healthy by HPC-AI’s check, but needs attention'
      : liveHealthLabel(health, status, diagnosisReason)
  const look = LOOK[health === 'healthy' && flagged ? 'attention' : health]
  return (
    // One element per row, not three (an icon and a hidden label): rows are laid out on every sort.
    <span role="img" aria-label={label} className={look.className} title={label}>
      {look.icon}
    </span>
  )
}
