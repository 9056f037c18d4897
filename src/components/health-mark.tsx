/** Healthy, unhealthy or not reported, with a text alternative for screen readers. */
export function HealthMark({ healthy }: { healthy: boolean | null }) {
  if (healthy === null) return null
  return healthy ? (
    <span className="text-emerald-600" title="Healthy">
      <span aria-hidden="true">●</span>
      <span className="sr-only">Healthy</span>
    </span>
  ) : (
    <span className="font-semibold text-red-700" title="Unhealthy">
      <span aria-hidden="true">▲</span>
      <span className="sr-only">Unhealthy</span>
    </span>
  )
}
