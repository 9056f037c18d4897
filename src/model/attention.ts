/**
 * Needs attention: the rules, as pure functions of the view model and of what this dashboard
 * observed (observations.ts). The table, summary, facet, drawer, tab title and README read them
 * from here; nothing else decides whether an instance needs attention.
 */
import { ownValue } from '../lib/own-value'
import type { Instance } from '../api/instance'
import { formatDateTime, formatDuration } from '../lib/format'
import { describeDisk, formatPercent } from '../lib/instance-format'
import { isFailedStatus } from '../lib/status'
import type { Observation, Observations } from './observations'

const MINUTE = 60_000
/** Initializing, Starting or Stopping for longer than this (as observed) is stuck. */
export const STUCK_AFTER_MS = 10 * MINUTE
export const STUCK_STATUSES: ReadonlySet<string> = new Set(['Initializing', 'Starting', 'Stopping'])
export const DISK_FULL_PERCENT = 95
export const STOP_SOON_MS = 60 * MINUTE

export type AttentionKind = 'failed' | 'stuck' | 'disk' | 'stop-soon' | 'no-ssh'

export interface AttentionFlag {
  kind: AttentionKind
  /** Short, for the row: "Failed", "Disk 97%", "Stops in 40 min". */
  label: string
  /** Why, in a sentence. */
  reason: string
  /** What to do about it, where one step is known. */
  nextStep: string | null
}

const PULL_STEP = 'Check the image: it keeps failing to pull.'
/** Next steps known from HPC-AI's diagnosis reason. */
const DIAGNOSIS_STEPS: Record<string, string> = {
  BackOff: PULL_STEP,
  ImagePullBackOff: PULL_STEP,
  ErrImagePull: PULL_STEP,
  Unschedulable:
    'No free machine of this type in its region: try another region or GPU type, or wait.',
  CrashLoopBackOff:
    'The container keeps crashing: read the diagnosis detail, fix the cause, then start it again.',
}

/** Ends a sentence once: API messages sometimes bring their own full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)

function diagnosis(instance: Instance): string {
  return [instance.diagnosisReason, instance.diagnosisMessage || instance.message]
    .filter(Boolean)
    .join(': ')
}

function failedFlag(instance: Instance): AttentionFlag | null {
  if (!isFailedStatus(instance.status)) return null
  const why = diagnosis(instance)
  return {
    kind: 'failed',
    label: 'Failed',
    reason: sentence(`${instance.status}${why ? `: ${why}` : ' (HPC-AI sent no diagnosis)'}`),
    nextStep:
      ownValue(DIAGNOSIS_STEPS, instance.diagnosisReason) ??
      'Read the diagnosis in the drawer, then stop the instance or create it again.',
  }
}

function stuckFlag(instance: Instance, observation: Observation | undefined, now: number) {
  if (!STUCK_STATUSES.has(instance.status) || observation?.status !== instance.status) return null
  const age = now - observation.since
  if (age <= STUCK_AFTER_MS) return null
  const how = observation.seenStart
    ? `for ${formatDuration(age)}`
    : `for at least ${formatDuration(age)} (observed since this page first saw it)`
  const detail = [instance.phase && `phase ${instance.phase}`, diagnosis(instance)]
    .filter(Boolean)
    .join('; ')
  const nextStep =
    ownValue(DIAGNOSIS_STEPS, instance.diagnosisReason) ??
    (instance.status === 'Stopping'
      ? 'If it does not stop soon, contact HPC-AI support.'
      : 'Check its phase and message in the drawer; stop it if it does not move.')
  return {
    kind: 'stuck',
    label: 'Stuck',
    reason: sentence(`${instance.status} ${how}${detail ? `; ${detail}` : ''}`),
    nextStep,
  } satisfies AttentionFlag
}

function diskFlag(instance: Instance): AttentionFlag | null {
  if (instance.statusGroup === 'stopped') return null
  const disks = [
    { name: 'root', disk: instance.rootDisk },
    { name: 'data', disk: instance.dataDisk },
  ].filter(({ disk }) => disk.percent !== null && disk.percent >= DISK_FULL_PERCENT)
  const fullest = disks.sort((a, b) => (b.disk.percent ?? 0) - (a.disk.percent ?? 0))[0]
  if (!fullest) return null
  return {
    kind: 'disk',
    label: `Disk ${formatPercent(fullest.disk.percent ?? 0)}`,
    reason: disks
      .map(({ name, disk }) => `The ${name} disk is full: ${describeDisk(disk)}.`)
      .join(' '),
    nextStep: `Free space on the ${disks.map(({ name }) => name).join(' and ')} disk${disks.length > 1 ? 's' : ''}.`,
  }
}

function stopSoonFlag(instance: Instance, now: number): AttentionFlag | null {
  const at = instance.scheduledStopAt
  const live = instance.statusGroup === 'running' || instance.statusGroup === 'transitional'
  if (at === null || !live || at - now > STOP_SOON_MS) return null
  const due = at <= now
  return {
    kind: 'stop-soon',
    label: due ? 'Stop due' : `Stops in ${formatDuration(at - now)}`,
    reason: `A stop is scheduled for ${formatDateTime(at)}${due ? ', which has passed' : `, in ${formatDuration(at - now)}`}.`,
    nextStep:
      'Save your work, or change the scheduled stop in the HPC-AI console if it should keep running.',
  }
}

function noSshFlag(instance: Instance): AttentionFlag | null {
  if (instance.status !== 'Running' || instance.nodePorts.some((entry) => entry.port === 22))
    return null
  return {
    kind: 'no-ssh',
    label: 'No SSH port',
    reason: 'It is Running, but HPC-AI lists no SSH port (22) for it.',
    nextStep: 'Connect through Jupyter, or check its ports in the HPC-AI console.',
  }
}

/** Every flag an instance carries now, most severe first; empty when it needs nothing. */
export function attentionFlags(
  instance: Instance,
  observation: Observation | undefined,
  now: number,
): AttentionFlag[] {
  return [
    failedFlag(instance),
    stuckFlag(instance, observation, now),
    diskFlag(instance),
    stopSoonFlag(instance, now),
    noSshFlag(instance),
  ].filter((flag) => flag !== null)
}

/** The flags of every instance that needs attention, by id; ids that need none are absent. */
export type AttentionMap = ReadonlyMap<string, readonly AttentionFlag[]>

export const NO_ATTENTION: AttentionMap = new Map()

const sameFlags = (a: readonly AttentionFlag[], b: readonly AttentionFlag[]) =>
  a.length === b.length &&
  a.every((flag, index) => {
    const other = b[index]
    return (
      other !== undefined &&
      flag.kind === other.kind &&
      flag.label === other.label &&
      flag.reason === other.reason &&
      flag.nextStep === other.nextStep
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
