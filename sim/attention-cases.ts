import type { RawInstance } from './api-types.ts'

const MINUTE = 60_000

type Runtime = RawInstance['instanceRuntimeInfo']

/**
 * Details that make the default data set show every "needs attention" case on purpose rather than
 * by luck of the seed. Applied after generation, so no random draw moves and every other field
 * stays as the seed made it. Indexes 2, 4, 8, 9 and 10 are Starting, Initializing, PullingImage,
 * Restarting and Stopping for every seed; the others are patched only in the status named (as the
 * default seed, 1, makes them).
 */
export const SCHEDULED_SOON = { index: 18, inMs: 40 * MINUTE } as const

/** Stuck by time only: no diagnosis, so only the observed clock can flag them. */
const STUCK_DETAILS: Record<number, Partial<Runtime>> = {
  2: { phase: 'Scheduling', message: 'Waiting for a node with a free GPU' },
  10: { phase: 'Unmounting', message: 'Waiting for the data disk to detach' },
}

/**
 * Broken in ways HPC-AI's own fields say, flagged on the first load: an image that will not
 * pull (as Initializing and as PullingImage, both looking fine by status), a container crash
 * loop, a diagnosis this dashboard does not know on an instance coming up, and a Running
 * instance HPC-AI calls healthy although it was OOM-killed.
 */
export const BROKEN_CASES: { index: number; status: string; details: Partial<Runtime> }[] = [
  {
    index: 4,
    status: 'Initializing',
    details: {
      phase: 'DownloadImage',
      diagnosisReason: 'BackOff',
      diagnosisMessage: 'Back-off pulling image "team/custom-trainer:latest"',
    },
  },
  {
    index: 8,
    status: 'PullingImage',
    details: {
      phase: 'DownloadImage',
      diagnosisReason: 'ErrImagePull',
      diagnosisMessage: 'Failed to pull image "team/llm-serve:v2": not found',
    },
  },
  {
    index: 9,
    status: 'Restarting',
    details: {
      phase: 'Running',
      diagnosisReason: 'CrashLoopBackOff',
      diagnosisMessage: 'Back-off restarting failed container notebook',
    },
  },
  {
    index: 70,
    status: 'Initializing',
    details: {
      phase: 'ContainerCreating',
      diagnosisReason: 'FailedMount',
      diagnosisMessage: 'MountVolume.SetUp failed for volume "shared-data"',
    },
  },
  {
    index: 36,
    status: 'Running',
    details: {
      diagnosisReason: 'OOMKilled',
      diagnosisMessage: 'Container notebook was killed: out of memory (limit 256 GiB)',
    },
  },
]

export function withAttentionCases(instances: RawInstance[], now: number): RawInstance[] {
  for (const [index, details] of Object.entries(STUCK_DETAILS)) {
    const runtime = instances[Number(index)]?.instanceRuntimeInfo
    if (runtime) Object.assign(runtime, details)
  }
  for (const { index, status, details } of BROKEN_CASES) {
    const runtime = instances[index]?.instanceRuntimeInfo
    if (runtime?.status === status) Object.assign(runtime, details)
  }
  const soon = instances[SCHEDULED_SOON.index]?.instanceRuntimeInfo
  if (soon?.status === 'Running') soon.scheduledStopTimestamp = now + SCHEDULED_SOON.inMs
  return instances
}
