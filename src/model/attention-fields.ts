/**
 * The flags HPC-AI's own fields call for, on the first load: a failed status, a failing health
 * check on a running instance, a diagnosis that means it cannot start or keeps restarting.
 */
import type { Instance } from '../api/instance'
import { ownValue } from '../lib/own-value'
import { diagnosisBlocks, diagnosisKind, type DiagnosisKind } from '../lib/diagnosis'
import { isFailedStatus, stopEligibility } from '../lib/status'
import {
  clip,
  CONSOLE_ACTION,
  sentence,
  STOP_ACTION,
  type AttentionFlag,
  type NextAction,
} from './attention-flag'

interface Meaning {
  /** The reason in a few words. */
  short: string
  /** The flag's name on an instance that is not failed. */
  label: string
  step: string
}

const MEANINGS: Record<DiagnosisKind, Meaning> = {
  image: {
    short: 'Image will not pull',
    label: 'Cannot start',
    step: 'Check the image name and tag: HPC-AI cannot pull it. Stop the instance, then create it again with an image that exists in the HPC-AI console.',
  },
  unschedulable: {
    short: 'No machine free',
    label: 'Cannot start',
    step: 'No machine of this type is free in its region: wait, or stop it and create one in another region or with another GPU type in the HPC-AI console.',
  },
  crash: {
    short: 'Keeps crashing',
    label: 'Keeps restarting',
    step: 'The container keeps crashing: read the diagnosis below, fix the cause (its image or start command) in the HPC-AI console, then start it again there.',
  },
  oom: {
    short: 'Out of memory',
    label: 'Keeps restarting',
    step: 'It runs out of memory: stop it, then create it with more memory in the HPC-AI console, or make it use less.',
  },
}

const meaningOf = (i: Instance) => {
  const kind = diagnosisKind(i.diagnosisReason, i.diagnosisMessage)
  return kind ? MEANINGS[kind] : null
}

/** "BackOff: Back-off pulling image …", or the status message when there is no diagnosis. */
export function diagnosis(instance: Instance): string {
  return [instance.diagnosisReason, instance.diagnosisMessage || instance.message]
    .filter(Boolean)
    .join(': ')
}

/** The drawer's Stop where a stop may be sent, then the console. */
export function stopThenConsole(instance: Instance): NextAction[] {
  return stopEligibility(instance.status).ok ? [STOP_ACTION, CONSOLE_ACTION] : [CONSOLE_ACTION]
}

const FAILED_SHORT: Record<string, string> = {
  StartingFailed: 'Could not start',
  InitializationFailed: 'Could not initialize',
}

export function failedFlag(instance: Instance): AttentionFlag | null {
  if (!isFailedStatus(instance.status)) return null
  const why = diagnosis(instance)
  const meaning = meaningOf(instance)
  return {
    kind: 'failed',
    label: 'Failed',
    short: meaning?.short ?? ownValue(FAILED_SHORT, instance.status) ?? clip(instance.status),
    reason: sentence(`${instance.status}${why ? `: ${why}` : ' (HPC-AI sent no diagnosis)'}`),
    nextStep:
      meaning?.step ??
      'Read the diagnosis below, stop the instance, then create it again in the HPC-AI console.',
    actions: stopThenConsole(instance),
  }
}

/**
 * HPC-AI's health check fails on an instance that is not stopped or failed. On one that is not
 * running, a diagnosis that explains it (blockedFlag) says more, and is the flag instead.
 */
export function unhealthyFlag(instance: Instance): AttentionFlag | null {
  const { status, statusGroup, diagnosisReason, diagnosisMessage } = instance
  if (instance.healthy !== false || statusGroup === 'stopped' || statusGroup === 'failed')
    return null
  const running = statusGroup === 'running'
  if (!running && diagnosisBlocks(diagnosisReason, statusGroup, diagnosisMessage)) return null
  const why = diagnosis(instance)
  return {
    kind: 'unhealthy',
    label: 'Unhealthy',
    short: `Health check failing${diagnosisReason ? `: ${clip(diagnosisReason)}` : ''}`,
    reason: sentence(
      `It is ${status || 'in an unknown status'}, but HPC-AI’s health check fails${why ? `: ${why}` : ' (no diagnosis sent)'}`,
    ),
    nextStep: running
      ? 'Check it over SSH or Jupyter (Connect, below); if it does not recover, stop it and start it again from the HPC-AI console.'
      : 'Check its phase and message below; stop it if it does not come up, or look at it in the HPC-AI console.',
    actions: stopThenConsole(instance),
  }
}

/**
 * A diagnosis that means the instance cannot start or keeps restarting, whatever its status says
 * (an Initializing instance whose image will not pull is flagged at once, not after 10 minutes).
 */
export function blockedFlag(instance: Instance): AttentionFlag | null {
  const { status, statusGroup, diagnosisReason, diagnosisMessage } = instance
  if (statusGroup === 'failed') return null
  if (!diagnosisBlocks(diagnosisReason, statusGroup, diagnosisMessage)) return null
  // Running with a failing health check: unhealthyFlag says so, with this diagnosis.
  if (statusGroup === 'running' && instance.healthy === false) return null
  const meaning = meaningOf(instance)
  const stopping = status === 'Stopping'
  return {
    kind: 'blocked',
    label: meaning?.label ?? (stopping ? 'Not stopping' : 'Cannot start'),
    short: meaning?.short ?? `Diagnosis: ${clip(diagnosisReason)}`,
    reason: sentence(`${status || 'Unknown status'}; HPC-AI’s diagnosis: ${diagnosis(instance)}`),
    nextStep:
      meaning?.step ??
      (stopping
        ? 'If it does not stop soon, contact HPC-AI support from the HPC-AI console.'
        : 'Read the diagnosis below; stop it if it does not move, or look at it in the HPC-AI console.'),
    actions: stopThenConsole(instance),
  }
}
