import { diagnosisBlocks } from './diagnosis'
import { ownValue } from './own-value'

export type StatusGroup = 'running' | 'transitional' | 'stopped' | 'failed' | 'unknown'

const GROUPS: Record<string, StatusGroup> = {
  Running: 'running',
  Starting: 'transitional',
  Initializing: 'transitional',
  PullingImage: 'transitional',
  Restarting: 'transitional',
  Stopping: 'transitional',
  Stopped: 'stopped',
  Archived: 'stopped',
  Released: 'stopped',
  StartingFailed: 'failed',
  InitializationFailed: 'failed',
}

export function statusGroup(status: string): StatusGroup {
  return ownValue(GROUPS, status) ?? (isFailedStatus(status) ? 'failed' : 'unknown')
}

/** Sort rank: what needs attention first (failed), then running, transitional, stopped, unknown. */
export const STATUS_GROUP_RANK: Record<StatusGroup, number> = {
  failed: 0,
  running: 1,
  transitional: 2,
  stopped: 3,
  unknown: 4,
}

export const STATUS_GROUP_LABEL: Record<StatusGroup, string> = {
  running: 'Running',
  transitional: 'In transition',
  stopped: 'Stopped',
  failed: 'Failed',
  unknown: 'Other',
}

/**
 * The statuses `POST /api/instance/stop` is expected to accept. HPC-AI documents none: this is
 * inferred (anything that holds or is getting a machine) and mirrors the simulator's rule.
 */
export const STOPPABLE_STATUSES: readonly string[] = [
  'Running',
  'Starting',
  'Initializing',
  'PullingImage',
  'Restarting',
  'StartingFailed',
  'InitializationFailed',
]

export type StopEligibility = { ok: true } | { ok: false; reason: string }

const NOT_STOPPABLE: Record<string, string> = {
  Stopping: 'Already stopping',
  Stopped: 'Already stopped',
  Archived: 'Archived: nothing to stop',
  Released: 'Released: nothing to stop',
}

/** Whether a stop may be sent for an instance in this status, or why not. */
export function stopEligibility(status: string): StopEligibility {
  if (STOPPABLE_STATUSES.includes(status)) return { ok: true }
  const known = ownValue(NOT_STOPPABLE, status)
  const reason =
    known ?? (status ? `Status ${status} is not known to be stoppable` : 'Its status is unknown')
  return { ok: false, reason }
}

/**
 * Health where it means something, green only where HPC-AI's fields agree: unhealthy when HPC-AI
 * says so, when the status failed, or when the diagnosis says it cannot start or keeps restarting
 * (diagnosis.ts); healthy only when HPC-AI says healthy and sends no diagnosis. A stopped instance,
 * one whose health is not reported, or a healthy one with an unexplained diagnosis has none.
 */
export type LiveHealth = 'healthy' | 'unhealthy' | 'none'

export function liveHealth(
  healthy: boolean | null,
  group: StatusGroup,
  diagnosisReason = '',
  diagnosisMessage = '',
): LiveHealth {
  if (group === 'stopped') return 'none'
  if (group === 'failed' || healthy === false) return 'unhealthy'
  if (diagnosisBlocks(diagnosisReason, group, diagnosisMessage)) return 'unhealthy'
  return healthy === null || diagnosisReason ? 'none' : 'healthy'
}

/** Any `*Failed` status, documented or not. */
export function isFailedStatus(status: string): boolean {
  return status.endsWith('Failed')
}
