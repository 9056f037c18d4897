import { SIM_DEFAULTS } from './defaults.ts'
import { NO_FAULTS, type Faults } from './faults.ts'

export interface SimOptions {
  instances: number
  seed: number
  latencyMs: number
  /**
   * The largest page the server serves; 0 serves whatever the client asks (HPC-AI documents no
   * maximum). What a larger request gets is `pageCapMode`.
   */
  pageCap: number
  pageCapMode: PageCapMode
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

/**
 * How a server with a page cap answers a larger request. `report`: it serves the cap and says so in
 * `pager.pageSize`. `silent`: it serves the cap (pages counted in capped sizes) but echoes the size
 * asked for. `refuse`: HTTP 400 with a JSON message.
 */
export const PAGE_CAP_MODES = ['report', 'silent', 'refuse'] as const
export type PageCapMode = (typeof PAGE_CAP_MODES)[number]

export const DEFAULT_SIM_OPTIONS: SimOptions = {
  instances: SIM_DEFAULTS.instances,
  seed: SIM_DEFAULTS.seed,
  latencyMs: SIM_DEFAULTS.latencyMs,
  pageCap: SIM_DEFAULTS.pageCap,
  pageCapMode: SIM_DEFAULTS.pageCapMode,
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
