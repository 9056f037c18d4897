/** The simulator's vocabulary: the regions, machine types, images and statuses it draws from. */
export const STATUSES = [
  'Running',
  'Stopped',
  'Starting',
  'StartingFailed',
  'Initializing',
  'InitializationFailed',
  'Archived',
  'Released',
  'PullingImage',
  'Restarting',
  'Stopping',
] as const

/** How often each status is drawn once every status has appeared once. */
export const STATUS_WEIGHTS: Record<(typeof STATUSES)[number], number> = {
  Running: 50,
  Stopped: 16,
  Starting: 5,
  StartingFailed: 3,
  Initializing: 3,
  InitializationFailed: 2,
  Archived: 5,
  Released: 3,
  PullingImage: 3,
  Restarting: 2,
  Stopping: 3,
}

export const REGIONS = [
  {
    name: 'asia-sg-1',
    location: 'Asia,Singapore',
    domain: 'asia-sg-1.hpc-ai.com',
    sshAddress: '122.10.20.202',
    value: 'sg',
  },
  {
    name: 'us-east-1',
    location: 'America,Virginia',
    domain: 'us-east-1.hpc-ai.com',
    sshAddress: '54.21.8.17',
    value: '',
  },
  {
    name: 'eu-north-1',
    location: 'Europe,Stockholm',
    domain: 'eu-north-1.hpc-ai.com',
    sshAddress: '16.170.4.33',
    value: 'eu',
  },
  // The real API sometimes leaves the domain empty: the Jupyter link then falls back to hpc-ai.com.
  {
    name: 'asia-hk-2',
    location: 'Asia,Hong Kong',
    domain: '',
    sshAddress: '43.198.7.5',
    value: '',
  },
] as const

export const GPU_TYPES = [
  { type: 'H100-80GB-SXM', hourly: 2.49 },
  { type: 'H200-141GB', hourly: 3.29 },
  { type: 'A100-80GB-PCIe', hourly: 1.39 },
  { type: 'L40S', hourly: 0.89 },
  { type: 'RTX-4090', hourly: 0.39 },
] as const

export const CPU_TYPES = ['INTEL(R) XEON(R) PLATINUM 8558', 'AMD EPYC 9654 96-Core Processor']

/** Hours each charge mode's price covers. */
export const CHARGE_MODES = [
  { mode: 'perHour', hours: 1, type: 'On-Demand' },
  { mode: 'tidePerHour', hours: 1, type: 'Tide' },
  { mode: 'perDay', hours: 24, type: 'Reserved' },
  { mode: 'perWeek', hours: 168, type: 'Reserved' },
  { mode: 'perMonth', hours: 720, type: 'Reserved' },
] as const

export const IMAGES = [
  { name: 'pytorch-2.5-cuda12.4', tags: ['pytorch', 'cuda12.4'], type: 'official' },
  { name: 'vllm-0.8', tags: ['vllm', 'inference'], type: 'official' },
  { name: 'colossalai-0.4', tags: ['colossalai'], type: 'official' },
  { name: 'team/custom-trainer', tags: null, type: 'custom' },
  // Instances still initializing come back with an empty image block.
  { name: '', tags: null, type: '' },
] as const

export const NAME_PARTS = {
  first: ['llama', 'qwen', 'mistral', 'sdxl', 'whisper', 'bert', 'gemma', 'phi', 'dit', 'clip'],
  second: ['finetune', 'train', 'eval', 'serve', 'sweep', 'notebook', 'debug', 'bench'],
}

export const FAILURE_DIAGNOSES = [
  {
    phase: 'DownloadImage',
    reason: 'BackOff',
    message: 'Back-off pulling image "team/custom-trainer:latest": manifest unknown',
  },
  {
    phase: 'Scheduling',
    reason: 'Unschedulable',
    message: '0/12 nodes are available: 12 Insufficient nvidia.com/gpu.',
  },
  {
    phase: 'ContainerCreating',
    reason: 'CrashLoopBackOff',
    message: 'Init container exited with code 1: disk quota exceeded',
  },
] as const
