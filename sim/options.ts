import { SIM_DEFAULTS } from './defaults.ts'
import { NO_FAULTS, type Faults } from './faults.ts'

export interface SimOptions {
  instances: number
  seed: number
  latencyMs: number
  /** The largest page the server agrees to serve; 0 means whatever the client asks (up to 1000). */
  pageCap: number
  /** Transitional instances settle, disks fill and scheduled stops come due as time passes. */
  demo: boolean
  /** How long a stopped instance stays `Stopping` before it becomes `Stopped`. */
  stopMs: number
  /** Token subjects the server refuses as if their session had been revoked. */
  revokedSubjects: string[]
  /** Appends instances with hostile and malformed data. */
  hostile: boolean
  /** Every price times this (1 = as generated): wide figures for layout tests. */
  priceScale: number
  faults: Faults
}

export const DEFAULT_SIM_OPTIONS: SimOptions = {
  instances: SIM_DEFAULTS.instances,
  seed: SIM_DEFAULTS.seed,
  latencyMs: SIM_DEFAULTS.latencyMs,
  pageCap: SIM_DEFAULTS.pageCap,
  demo: false,
  stopMs: SIM_DEFAULTS.stopMs,
  revokedSubjects: [],
  hostile: false,
  priceScale: 1,
  faults: NO_FAULTS,
}

/** A change of settings: any options, and any subset of the fault knobs. */
export type SimSettings = Partial<Omit<SimOptions, 'faults'>> & { faults?: Partial<Faults> }

/** `settings` laid over `base`; fault knobs are merged one by one. */
export function mergeSettings(base: SimOptions, settings: SimSettings): SimOptions {
  return { ...base, ...settings, faults: { ...base.faults, ...settings.faults } }
}
