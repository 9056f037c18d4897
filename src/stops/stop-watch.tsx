import { useStopWatch } from './use-stop-watch'

/**
 * Reconciles the stops in progress with each list that arrives. A component, so that its code
 * loads with the stop controls, when there is a stop to watch, not with the first paint.
 */
export function StopWatch({
  instances,
  loadedAt,
}: {
  instances: readonly { id: string; status: string }[] | undefined
  loadedAt: number
}) {
  useStopWatch(instances, loadedAt)
  return null
}
