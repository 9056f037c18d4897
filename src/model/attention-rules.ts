import { formatDuration } from '../lib/format'
import { DISK_FULL_PERCENT, STOP_SOON_MS, STUCK_AFTER_MS, type AttentionKind } from './attention'

/** The rules in words, in the order flags are listed (most severe first): the UI and README list these. */
export const ATTENTION_RULES: { kind: AttentionKind; title: string; rule: string }[] = [
  {
    kind: 'failed',
    title: 'Failed',
    rule: 'Any status ending in "Failed" (StartingFailed, InitializationFailed, …).',
  },
  {
    kind: 'unhealthy',
    title: 'Unhealthy',
    rule: 'HPC-AI’s health check fails (healthy: false) on an instance that is not stopped, with its diagnosis ("Health check failing: Unschedulable").',
  },
  {
    kind: 'blocked',
    title: 'Cannot start or keeps restarting',
    rule: 'HPC-AI’s diagnosis says so, whatever the status: BackOff, ImagePullBackOff or ErrImagePull (image will not pull), Unschedulable, CrashLoopBackOff, OOMKilled, and any diagnosis on an instance that is not running. Flagged on the first load.',
  },
  {
    kind: 'stuck',
    title: 'Stuck',
    rule: `Initializing, Starting or Stopping for more than ${formatDuration(STUCK_AFTER_MS)} with no diagnosis, as the dashboard has seen it: HPC-AI gives no status times, so the clock starts when the dashboard first saw the status on this device, and a reload keeps it (marked "≥" when it did not see the change).`,
  },
  {
    kind: 'disk',
    title: 'Disk full',
    rule: `Root or data disk at or above ${DISK_FULL_PERCENT}% of its size, on an instance that is not stopped.`,
  },
  {
    kind: 'stop-soon',
    title: 'Stops soon',
    rule: `A scheduled stop within ${formatDuration(STOP_SOON_MS)} (or already due) on a running or starting instance.`,
  },
  {
    kind: 'no-ssh',
    title: 'No SSH port',
    rule: 'Running, but HPC-AI lists no SSH port (22) for it.',
  },
]
