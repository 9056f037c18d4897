/**
 * Which statuses `POST /api/instance/stop` accepts. HPC-AI documents none; this is the simulator's
 * rule, and the SPA mirrors it: anything that holds (or is trying to get) a machine can be stopped;
 * an instance already stopping, stopped, archived, released or in a status nobody knows cannot.
 */
export const STOPPABLE_STATUSES = [
  'Running',
  'Starting',
  'Initializing',
  'PullingImage',
  'Restarting',
  'StartingFailed',
  'InitializationFailed',
] as const

export type StoppableStatus = (typeof STOPPABLE_STATUSES)[number]

export function isStoppable(status: unknown): status is StoppableStatus {
  return (STOPPABLE_STATUSES as readonly unknown[]).includes(status)
}

/** The human reason a stop of this instance is refused. */
export function refusalMessage(instanceId: string, status: unknown): string {
  if (status === 'Stopping') return `instance ${instanceId} is already Stopping`
  if (typeof status !== 'string' || status === '')
    return `instance ${instanceId} has no known status and cannot be stopped`
  return `instance ${instanceId} is ${status} and cannot be stopped`
}
