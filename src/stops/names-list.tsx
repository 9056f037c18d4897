import type { Instance } from '../api/instance'
import { formatHourly, statusLabel } from '../lib/instance-format'

/** Every instance to be stopped by name (the first `max`, then how many more), with status and price. */
export function NamesList({
  instances,
  max = 20,
}: {
  instances: readonly Instance[]
  max?: number
}) {
  const more = instances.length - max
  return (
    <>
      <ul className="mt-1 flex flex-col gap-0.5">
        {instances.slice(0, max).map((instance) => (
          <li key={instance.id} className="flex items-baseline gap-2">
            <span className="min-w-0 flex-1 truncate font-medium text-fg" title={instance.id}>
              {instance.name || instance.id}
            </span>
            <span className="text-xs text-fg-muted">{statusLabel(instance.status)}</span>
            <span className="w-20 text-right text-xs text-fg-muted tabular-nums">
              {formatHourly(instance.billing.hourly)}
            </span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="mt-1 text-fg-muted">and {more.toLocaleString()} more</p>}
    </>
  )
}
