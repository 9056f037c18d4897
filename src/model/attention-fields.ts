/**
 * The flags HPC-AI's own fields call for, on the first load: a failed status, a failing health
 * check, a diagnosis that means it cannot start or keeps restarting. Their words in full are in
 * attention-explain.ts.
 */
import type { Instance } from '../api/instance'
import { diagnosisBlocks, diagnosisKind, type DiagnosisKind } from '../lib/diagnosis'
import { ownValue } from '../lib/own-value'
import { isFailedStatus, stopEligibility } from '../lib/status'
import {
  clip,
  CONSOLE_ACTION,
  STOP_ACTION,
  type AttentionFlag,
  type NextAction,
} from './attention-flag'

/** What a diagnosis means, in a few words, and the flag's name on an instance that is not failed. */
const MEANINGS: Record<DiagnosisKind, { short: string; label: string }> = {
  image: { short: 'Image will not pull', label: 'Cannot start' },
  unschedulable: { short: 'No machine free', label: 'Cannot start' },
  crash: { short: 'Keeps crashing', label: 'Keeps restarting' },
  oom: { short: 'Out of memory', label: 'Keeps restarting' },
}

export const meaningKind = (i: Instance) => diagnosisKind(i.diagnosisReason, i.diagnosisMessage)

const meaningOf = (i: Instance) => {
  const kind = meaningKind(i)
  return kind ? MEANINGS[kind] : null
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
  return {
    kind: 'failed',
    label: 'Failed',
    short:
      meaningOf(instance)?.short ??
      ownValue(FAILED_SHORT, instance.status) ??
      clip(instance.status),
    actions: stopThenConsole(instance),
  }
}

/**
 * HPC-AI's health check fails on an instance that is not stopped or failed. On one that is not
 * running, a diagnosis that explains it (blockedFlag) says more, and is the flag instead.
 */
export function unhealthyFlag(instance: Instance): AttentionFlag | null {
  const { statusGroup, diagnosisReason, diagnosisMessage } = instance
  if (instance.healthy !== false || statusGroup === 'stopped' || statusGroup === 'failed')
    return null
  const running = statusGroup === 'running'
  if (!running && diagnosisBlocks(diagnosisReason, statusGroup, diagnosisMessage)) return null
  return {
    kind: 'unhealthy',
    label: 'Unhealthy',
    short: `Health check failing${diagnosisReason ? `: ${clip(diagnosisReason)}` : ''}`,
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
  return {
    kind: 'blocked',
    label: meaning?.label ?? (status === 'Stopping' ? 'Not stopping' : 'Cannot start'),
    short: meaning?.short ?? `Diagnosis: ${clip(diagnosisReason)}`,
    actions: stopThenConsole(instance),
  }
}
