import type { Instance } from '../api/instance'
import { liveHealth, type StatusGroup } from '../lib/status'

export interface Summary {
  byGroup: Record<StatusGroup, number>
  /** The statuses seen in each group, so that a click on a group can filter by them. */
  statusesByGroup: Record<StatusGroup, string[]>
  runningGpus: number
  runningHourlySpend: number
  /** Unhealthy as the Health filter and the health mark read it (liveHealth). */
  unhealthy: number
  runningCount: number
  /** Instances that need attention (attention.ts), among these instances. */
  needsAttention: number
}

export function summarize(
  instances: readonly Instance[],
  attention: { has: (id: string) => boolean } = new Set<string>(),
): Summary {
  const byGroup: Record<StatusGroup, number> = {
    running: 0,
    transitional: 0,
    stopped: 0,
    failed: 0,
    unknown: 0,
  }
  const statuses: Record<StatusGroup, Set<string>> = {
    running: new Set(),
    transitional: new Set(),
    stopped: new Set(),
    failed: new Set(),
    unknown: new Set(),
  }
  let runningGpus = 0
  let runningHourlySpend = 0
  let unhealthy = 0
  let needsAttention = 0
  for (const instance of instances) {
    if (attention.has(instance.id)) needsAttention++
    byGroup[instance.statusGroup]++
    statuses[instance.statusGroup].add(instance.status || 'Unknown')
    const { healthy, statusGroup, diagnosisReason, diagnosisMessage } = instance
    if (liveHealth(healthy, statusGroup, diagnosisReason, diagnosisMessage) === 'unhealthy')
      unhealthy++
    if (instance.statusGroup === 'running') {
      runningGpus += instance.gpuCount
      runningHourlySpend += instance.billing.hourly ?? 0
    }
  }
  const statusesByGroup = Object.fromEntries(
    Object.entries(statuses).map(([group, set]) => [group, [...set].sort()]),
  ) as Record<StatusGroup, string[]>
  return {
    byGroup,
    statusesByGroup,
    runningGpus,
    runningHourlySpend,
    unhealthy,
    runningCount: byGroup.running,
    needsAttention,
  }
}
