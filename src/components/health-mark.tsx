import { healthLabel } from '../lib/instance-format'

/** Healthy, unhealthy or not reported, with a text alternative for screen readers. */
export function HealthMark({ healthy }: { healthy: boolean | null }) {
  if (healthy === null) return null
  const label = healthLabel(healthy)
  return (
    <span className={healthy ? 'text-success' : 'font-semibold text-danger'} title={label}>
      <span aria-hidden="true">{healthy ? '●' : '▲'}</span>
      <span className="sr-only">{label}</span>
    </span>
  )
}
