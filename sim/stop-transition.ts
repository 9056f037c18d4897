import type { RawInstance } from './api-types.ts'

/** What a stop clears: the failure that may have been reported, and any scheduled stop. */
const CLEARED = {
  phase: '',
  message: '',
  diagnosisReason: '',
  diagnosisMessage: '',
  healthy: true,
  scheduledStopTimestamp: 0,
}

/**
 * The instance at `now`, given a stop that took effect at `requestedAt`: `Stopping` for `stopMs`,
 * then `Stopped` with `stopTimestamp` set to the moment it stopped and no notebook address.
 */
export function withStop(
  instance: RawInstance,
  requestedAt: number,
  stopMs: number,
  now: number,
): RawInstance {
  const runtime = instance.instanceRuntimeInfo
  const stoppedAt = requestedAt + stopMs
  return {
    ...instance,
    instanceRuntimeInfo:
      now < stoppedAt
        ? { ...runtime, ...CLEARED, status: 'Stopping' }
        : { ...runtime, ...CLEARED, status: 'Stopped', subUrl: '', stopTimestamp: stoppedAt },
  }
}
