/**
 * Why a flag is raised, in full, and the next step in words: read where they are shown (the
 * drawer's attention note, the JSON export), so that they load with those and not with the first
 * paint. The rules that raise the flags are in attention.ts and attention-fields.ts.
 */
import type { Instance } from '../api/instance'
import type { DiagnosisKind } from '../lib/diagnosis'
import { formatDateTime, formatDuration } from '../lib/format'
import { describeDisk } from '../lib/instance-format'
import { fullDisks, stuckFor } from './attention'
import { meaningKind } from './attention-fields'
import type { AttentionFlag, ExplainedFlag, FlagAction, NextAction } from './attention-flag'
import { jupyterUrlOf } from '../lib/jupyter'
import type { Observation } from './observations'

const STEPS: Record<DiagnosisKind, string> = {
  image:
    'Check the image name and tag: HPC-AI cannot pull it. Stop the instance, then create it again with an image that exists in the HPC-AI console.',
  unschedulable:
    'No machine of this type is free in its region: wait, or stop it and create one in another region or with another GPU type in the HPC-AI console.',
  crash:
    'The container keeps crashing: read the diagnosis below, fix the cause (its image or start command) in the HPC-AI console, then start it again there.',
  oom: 'It runs out of memory: stop it, then create it with more memory in the HPC-AI console, or make it use less.',
}

/** Ends a sentence once: API messages sometimes bring their own full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)

const STOPPING_STEP = 'If it does not stop soon, contact HPC-AI support from the HPC-AI console.'

/** "BackOff: Back-off pulling image …", or the status message when there is no diagnosis. */
function diagnosis(instance: Instance): string {
  return [instance.diagnosisReason, instance.diagnosisMessage || instance.message]
    .filter(Boolean)
    .join(': ')
}

const stepOf = (instance: Instance) => {
  const kind = meaningKind(instance)
  return kind ? STEPS[kind] : null
}

type Words = Pick<ExplainedFlag, 'reason' | 'nextStep'>

function failed(instance: Instance): Words {
  const why = diagnosis(instance)
  return {
    reason: sentence(`${instance.status}${why ? `: ${why}` : ' (HPC-AI sent no diagnosis)'}`),
    nextStep:
      stepOf(instance) ??
      'Read the diagnosis below, stop the instance, then create it again in the HPC-AI console.',
  }
}

function unhealthy(instance: Instance): Words {
  const why = diagnosis(instance)
  return {
    reason: sentence(
      `It is ${instance.status || 'in an unknown status'}, but HPC-AI’s health check fails${why ? `: ${why}` : ' (no diagnosis sent)'}`,
    ),
    nextStep:
      instance.statusGroup === 'running'
        ? 'Check it over SSH or Jupyter (Connect, below); if it does not recover, stop it and start it again from the HPC-AI console.'
        : 'Check its phase and message below; stop it if it does not come up, or look at it in the HPC-AI console.',
  }
}

function blocked(instance: Instance): Words {
  return {
    reason: sentence(
      `${instance.status || 'Unknown status'}; HPC-AI’s diagnosis: ${diagnosis(instance)}`,
    ),
    nextStep:
      stepOf(instance) ??
      (instance.status === 'Stopping'
        ? STOPPING_STEP
        : 'Read the diagnosis below; stop it if it does not move, or look at it in the HPC-AI console.'),
  }
}

function stuck(instance: Instance, observation: Observation | undefined, now: number): Words {
  const age = stuckFor(instance, observation, now) ?? 0
  const how = observation?.seenStart
    ? `for ${formatDuration(age)}`
    : `for at least ${formatDuration(age)} (as the dashboard has seen it on this device)`
  const detail = [instance.phase && `phase ${instance.phase}`, instance.message]
    .filter(Boolean)
    .join('; ')
  return {
    reason: sentence(`${instance.status} ${how}${detail ? `; ${detail}` : ''}`),
    nextStep:
      instance.status === 'Stopping'
        ? STOPPING_STEP
        : 'Check its phase and message below; stop it if it does not move.',
  }
}

function disk(instance: Instance): Words {
  const disks = fullDisks(instance)
  const names = disks.map(({ name }) => name)
  return {
    reason: disks
      .map(({ name, disk: usage }) => `The ${name} disk is full: ${describeDisk(usage)}.`)
      .join(' '),
    nextStep: `Free space on the ${names.join(' and ')} disk${names.length > 1 ? 's' : ''}.`,
  }
}

function stopSoon(instance: Instance, now: number): Words {
  const at = instance.scheduledStopAt ?? now
  return {
    reason: `A stop is scheduled for ${formatDateTime(at)}${at <= now ? ', which has passed' : `, in ${formatDuration(at - now)}`}.`,
    nextStep:
      'Save your work, or change the scheduled stop in the HPC-AI console if it should keep running.',
  }
}

const NO_SSH: Words = {
  reason: 'It is Running, but HPC-AI lists no SSH port (22) for it.',
  nextStep: 'Connect through Jupyter, or check its ports in the HPC-AI console.',
}

/** One flag with why in full and the next step in words, from the instance it was raised on. */
export function explainFlag(
  flag: AttentionFlag,
  instance: Instance,
  observation: Observation | undefined,
  now: number,
): ExplainedFlag {
  const words: Record<AttentionFlag['kind'], () => Words> = {
    failed: () => failed(instance),
    unhealthy: () => unhealthy(instance),
    blocked: () => blocked(instance),
    stuck: () => stuck(instance, observation, now),
    disk: () => disk(instance),
    'stop-soon': () => stopSoon(instance, now),
    'no-ssh': () => NO_SSH,
  }
  return { ...flag, ...words[flag.kind](), actions: flag.actions.flatMap(shownAction(instance)) }
}

/** A flag's actions as the page offers them: Jupyter as its link, where the instance has one. */
const shownAction =
  (instance: Instance) =>
  (action: FlagAction): NextAction[] => {
    if (action.kind !== 'jupyter') return [action]
    const href = jupyterUrlOf(instance)
    return href ? [{ kind: 'link', label: 'Open Jupyter', href }] : []
  }

export function explainFlags(
  flags: readonly AttentionFlag[],
  instance: Instance,
  observation: Observation | undefined,
  now: number,
): ExplainedFlag[] {
  return flags.map((flag) => explainFlag(flag, instance, observation, now))
}
