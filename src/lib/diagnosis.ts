import { ownValue } from './own-value'

/**
 * What HPC-AI's `diagnosisReason` (a Kubernetes event reason) says of an instance. Each of these
 * means it cannot start, or keeps restarting, whatever its status says.
 */
export type DiagnosisKind = 'image' | 'unschedulable' | 'crash' | 'oom'

const KINDS: Record<string, DiagnosisKind> = {
  BackOff: 'image',
  ImagePullBackOff: 'image',
  ErrImagePull: 'image',
  ErrImageNeverPull: 'image',
  InvalidImageName: 'image',
  Unschedulable: 'unschedulable',
  FailedScheduling: 'unschedulable',
  CrashLoopBackOff: 'crash',
  OOMKilled: 'oom',
}

/**
 * The known meaning of a diagnosis, or null. A bare "BackOff" is an image that will not pull
 * (HPC-AI's own pattern), unless its message says the container is being restarted.
 */
export function diagnosisKind(reason: string, message = ''): DiagnosisKind | null {
  const kind = ownValue(KINDS, reason) ?? null
  if (reason === 'BackOff' && /restarting/i.test(message)) return 'crash'
  return kind
}

/**
 * Whether the diagnosis stops the instance from working: any known kind on an instance that is
 * not stopped, and any reason at all on one that should be coming up (not running, not stopped).
 * `group` is the status group (lib/status.ts).
 */
export function diagnosisBlocks(reason: string, group: string, message = ''): boolean {
  if (!reason || group === 'stopped') return false
  return diagnosisKind(reason, message) !== null || group !== 'running'
}
