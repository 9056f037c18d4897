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
  return ownValue(GROUPS, status) ?? 'unknown'
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
