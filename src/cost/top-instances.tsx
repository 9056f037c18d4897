import { useId } from 'react'
import type { Instance } from '../api/instance'
import { formatCharge, formatGpu, formatHourly } from '../lib/instance-format'

interface Props {
  instances: readonly Instance[]
  instanceHref: (id: string) => string
  onOpenInstance: (id: string) => void
}

/** The most expensive running instances, each a link that opens it. */
export function TopInstances({ instances, instanceHref, onOpenInstance }: Props) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="mb-1 font-semibold text-fg">
        Most expensive running instances
      </h3>
      {instances.length === 0 ? (
        <p className="text-fg-muted">No running instance with a known price among those shown.</p>
      ) : (
        <ol className="list-decimal pl-6">
          {instances.map((instance) => (
            <li key={instance.id} className="py-0.5">
              <a
                href={instanceHref(instance.id)}
                onClick={(event) => {
                  event.preventDefault()
                  onOpenInstance(instance.id)
                }}
                className="font-medium break-all text-link underline"
              >
                {instance.name}
              </a>{' '}
              <span className="tabular-nums">{formatHourly(instance.billing.hourly)}</span>
              <span className="text-fg-muted">
                {' '}
                (
                {formatCharge(
                  instance.billing.price,
                  instance.billing.chargeMode,
                  instance.billing.unit,
                )}
                , {formatGpu(instance.gpuCount, instance.gpuType)})
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
