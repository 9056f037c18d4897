/**
 * Needs attention: the rules, as pure functions of the view model and of what this dashboard
 * observed (observations.ts). The table, summary, facet, drawer, tab title and README read them
 * from here; nothing else decides whether an instance needs attention. What HPC-AI's own fields
 * say comes first (attention-fields.ts); the observed clock covers only what they cannot say.
 */
import type { Instance } from '../api/instance'
import { formatDuration } from '../lib/format'
import { formatPercent, formatStatusAge } from '../lib/instance-format'
import { stopEligibility } from '../lib/status'
import {
  CONSOLE_ACTION,
  DISK_FULL_PERCENT,
  STOP_ACTION,
  STOP_SOON_MS,
  STUCK_AFTER_MS,
  STUCK_STATUSES,
  type AttentionFlag,
  JUPYTER_ACTION,
} from './attention-flag'
import { blockedFlag, failedFlag, unhealthyFlag } from './attention-fields'
import type { Observation, Observations } from './observations'

export * from './attention-flag'

/** How long it has been in a stuck status, as observed; null when it is not stuck. */
export function stuckFor(
  instance: Instance,
  observation: Observation | undefined,
  now: number,
): number | null {
  if (!STUCK_STATUSES.has(instance.status) || observation?.status !== instance.status) return null
  const age = now - observation.since
  return age > STUCK_AFTER_MS ? age : null
}

function stuckFlag(
  instance: Instance,
  observation: Observation | undefined,
  now: number,
): AttentionFlag | null {
  const age = stuckFor(instance, observation, now)
  if (age === null || !observation) return null
  return {
    kind: 'stuck',
    label: 'Stuck',
    short: `${instance.status} for ${formatStatusAge(age, observation.seenStart)}`,
    actions: stopEligibility(instance.status).ok ? [STOP_ACTION] : [CONSOLE_ACTION],
  }
}

/** The disks at or above the line on an instance that is not stopped, fullest first. */
export function fullDisks(instance: Instance) {
  if (instance.statusGroup === 'stopped') return []
  return [
    { name: 'root', disk: instance.rootDisk },
    { name: 'data', disk: instance.dataDisk },
  ]
    .filter(({ disk }) => disk.percent !== null && disk.percent >= DISK_FULL_PERCENT)
    .sort((a, b) => (b.disk.percent ?? 0) - (a.disk.percent ?? 0))
}

function diskFlag(instance: Instance): AttentionFlag | null {
  const [fullest] = fullDisks(instance)
  if (!fullest) return null
  const percent = formatPercent(fullest.disk.percent ?? 0)
  return {
    kind: 'disk',
    label: `Disk ${percent}`,
    short: `${fullest.name === 'root' ? 'Root' : 'Data'} disk ${percent} full`,
    actions: [JUPYTER_ACTION],
  }
}

function stopSoonFlag(instance: Instance, now: number): AttentionFlag | null {
  const at = instance.scheduledStopAt
  const live = instance.statusGroup === 'running' || instance.statusGroup === 'transitional'
  if (at === null || !live || at - now > STOP_SOON_MS) return null
  const label = at <= now ? 'Stop due' : `Stops in ${formatDuration(at - now)}`
  return {
    kind: 'stop-soon',
    label,
    short: at <= now ? 'Scheduled stop due' : label,
    actions: [CONSOLE_ACTION],
  }
}

function noSshFlag(instance: Instance): AttentionFlag | null {
  if (instance.status !== 'Running' || instance.nodePorts.some((entry) => entry.port === 22))
    return null
  return {
    kind: 'no-ssh',
    label: 'No SSH port',
    short: 'No SSH port',
    actions: [JUPYTER_ACTION, CONSOLE_ACTION],
  }
}

/** Every flag an instance carries now, most severe first; empty when it needs nothing. */
export function attentionFlags(
  instance: Instance,
  observation: Observation | undefined,
  now: number,
): AttentionFlag[] {
  const blocked = blockedFlag(instance)
  return [
    failedFlag(instance),
    unhealthyFlag(instance),
    blocked,
    // The observed clock only for what HPC-AI's fields do not already explain.
    blocked ? null : stuckFlag(instance, observation, now),
    diskFlag(instance),
    stopSoonFlag(instance, now),
    noSshFlag(instance),
  ].filter((flag) => flag !== null)
}

/** The flags of every instance that needs attention, by id; ids that need none are absent. */
export type AttentionMap = ReadonlyMap<string, readonly AttentionFlag[]>

export const NO_ATTENTION: AttentionMap = new Map()

const actionsKey = (flag: AttentionFlag) =>
  flag.actions.map((action) => (action.kind === 'link' ? action.href : action.kind)).join(' ')

const sameFlags = (a: readonly AttentionFlag[], b: readonly AttentionFlag[]) =>
  a.length === b.length &&
  a.every((flag, index) => {
    const other = b[index]
    return (
      other !== undefined &&
      flag.kind === other.kind &&
      flag.label === other.label &&
      flag.short === other.short &&
      actionsKey(flag) === actionsKey(other)
    )
  })

/**
 * The attention map of a fleet. Given the previous map, an instance whose flags read the same
 * keeps the previous array (and an unchanged fleet the previous map), so memoised rows stay put.
 */
export function attentionOf(
  instances: readonly Instance[],
  observations: Observations,
  now: number,
  previous: AttentionMap = NO_ATTENTION,
): AttentionMap {
  const next = new Map<string, readonly AttentionFlag[]>()
  let changed = false
  for (const instance of instances) {
    const flags = attentionFlags(instance, observations.get(instance.id), now)
    const before = previous.get(instance.id)
    if (flags.length === 0) {
      if (before) changed = true
      continue
    }
    if (before && sameFlags(before, flags)) next.set(instance.id, before)
    else {
      next.set(instance.id, flags)
      changed = true
    }
  }
  return changed || next.size !== previous.size ? next : previous
}
