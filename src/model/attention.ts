/**
 * Needs attention: the rules, as pure functions of the view model and of what this dashboard
 * observed (observations.ts). The table, summary, facet, drawer, tab title and README read them
 * from here; nothing else decides whether an instance needs attention. What HPC-AI's own fields
 * say comes first (attention-fields.ts); the observed clock covers only what they cannot say.
 */
import type { Instance } from '../api/instance'
import { formatDateTime, formatDuration } from '../lib/format'
import { describeDisk, formatPercent, formatStatusAge } from '../lib/instance-format'
import { stopEligibility } from '../lib/status'
import {
  CONSOLE_ACTION,
  DISK_FULL_PERCENT,
  STOP_ACTION,
  STOP_SOON_MS,
  STUCK_AFTER_MS,
  STUCK_STATUSES,
  sentence,
  type AttentionFlag,
  type NextAction,
} from './attention-flag'
import { blockedFlag, failedFlag, unhealthyFlag } from './attention-fields'
import type { Observation, Observations } from './observations'

export * from './attention-flag'

/** Jupyter, where the instance has a link to it (built from http(s) only). */
const jupyterAction = (instance: Instance): NextAction[] =>
  instance.jupyterUrl ? [{ kind: 'link', label: 'Open Jupyter', href: instance.jupyterUrl }] : []

function stuckFlag(
  instance: Instance,
  observation: Observation | undefined,
  now: number,
): AttentionFlag | null {
  if (!STUCK_STATUSES.has(instance.status) || observation?.status !== instance.status) return null
  const age = now - observation.since
  if (age <= STUCK_AFTER_MS) return null
  const how = observation.seenStart
    ? `for ${formatDuration(age)}`
    : `for at least ${formatDuration(age)} (observed since this page first saw it)`
  const detail = [instance.phase && `phase ${instance.phase}`, instance.message]
    .filter(Boolean)
    .join('; ')
  const stopping = instance.status === 'Stopping'
  return {
    kind: 'stuck',
    label: 'Stuck',
    short: `${instance.status} for ${formatStatusAge(age, observation.seenStart)}`,
    reason: sentence(`${instance.status} ${how}${detail ? `; ${detail}` : ''}`),
    nextStep: stopping
      ? 'If it does not stop soon, contact HPC-AI support from the HPC-AI console.'
      : 'Check its phase and message below; stop it if it does not move.',
    actions: stopEligibility(instance.status).ok ? [STOP_ACTION] : [CONSOLE_ACTION],
  }
}

function diskFlag(instance: Instance): AttentionFlag | null {
  if (instance.statusGroup === 'stopped') return null
  const disks = [
    { name: 'root', disk: instance.rootDisk },
    { name: 'data', disk: instance.dataDisk },
  ].filter(({ disk }) => disk.percent !== null && disk.percent >= DISK_FULL_PERCENT)
  const fullest = disks.sort((a, b) => (b.disk.percent ?? 0) - (a.disk.percent ?? 0))[0]
  if (!fullest) return null
  const percent = formatPercent(fullest.disk.percent ?? 0)
  const names = disks.map(({ name }) => name)
  return {
    kind: 'disk',
    label: `Disk ${percent}`,
    short: `${fullest.name === 'root' ? 'Root' : 'Data'} disk ${percent} full`,
    reason: disks
      .map(({ name, disk }) => `The ${name} disk is full: ${describeDisk(disk)}.`)
      .join(' '),
    nextStep: `Free space on the ${names.join(' and ')} disk${names.length > 1 ? 's' : ''}.`,
    actions: jupyterAction(instance),
  }
}

function stopSoonFlag(instance: Instance, now: number): AttentionFlag | null {
  const at = instance.scheduledStopAt
  const live = instance.statusGroup === 'running' || instance.statusGroup === 'transitional'
  if (at === null || !live || at - now > STOP_SOON_MS) return null
  const due = at <= now
  const label = due ? 'Stop due' : `Stops in ${formatDuration(at - now)}`
  return {
    kind: 'stop-soon',
    label,
    short: due ? 'Scheduled stop due' : label,
    reason: `A stop is scheduled for ${formatDateTime(at)}${due ? ', which has passed' : `, in ${formatDuration(at - now)}`}.`,
    nextStep:
      'Save your work, or change the scheduled stop in the HPC-AI console if it should keep running.',
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
    reason: 'It is Running, but HPC-AI lists no SSH port (22) for it.',
    nextStep: 'Connect through Jupyter, or check its ports in the HPC-AI console.',
    actions: [...jupyterAction(instance), CONSOLE_ACTION],
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
  flag.actions.map((action) => (action.kind === 'stop' ? 'stop' : action.href)).join(' ')

const sameFlags = (a: readonly AttentionFlag[], b: readonly AttentionFlag[]) =>
  a.length === b.length &&
  a.every((flag, index) => {
    const other = b[index]
    return (
      other !== undefined &&
      flag.kind === other.kind &&
      flag.label === other.label &&
      flag.short === other.short &&
      flag.reason === other.reason &&
      flag.nextStep === other.nextStep &&
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
