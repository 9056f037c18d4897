import { parseArgs } from 'node:util'
import { SIM_DEFAULTS } from './defaults.ts'
import {
  DEFAULT_SIM_OPTIONS,
  PAGE_CAP_MODES,
  type PageCapMode,
  type SimOptions,
} from './options.ts'

function nonNegativeInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name} must be a whole number >= 0, got "${raw}"`)
  }
  return value
}

function pageCapMode(raw: string | undefined): PageCapMode {
  if (raw === undefined) return SIM_DEFAULTS.pageCapMode
  const mode = PAGE_CAP_MODES.find((known) => known === raw)
  if (!mode)
    throw new Error(`--page-cap-mode must be one of ${PAGE_CAP_MODES.join(', ')}, got "${raw}"`)
  return mode
}

export const SIM_USAGE =
  'usage: npm run sim -- [--port P] [--instances N] [--latency MS] [--page-cap N] [--page-cap-mode report|silent|refuse] [--seed S] [--stop-ms MS] [--demo] [--hostile] [--fail-rate PERCENT] [--fail-status CODE]'

/**
 * Parses `--port P --instances N --latency MS --page-cap N --page-cap-mode M --seed S --stop-ms MS [--demo]
 * [--hostile] [--fail-rate PERCENT] [--fail-status CODE]`; anything not given keeps its default.
 */
export function parseSimArgs(args: string[]): { port: number; options: SimOptions } {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      instances: { type: 'string' },
      latency: { type: 'string' },
      'page-cap': { type: 'string' },
      'page-cap-mode': { type: 'string' },
      seed: { type: 'string' },
      'stop-ms': { type: 'string' },
      demo: { type: 'boolean', default: false },
      hostile: { type: 'boolean', default: false },
      'fail-rate': { type: 'string' },
      'fail-status': { type: 'string' },
    },
    strict: true,
  })
  return {
    port: nonNegativeInt('port', values.port, SIM_DEFAULTS.port),
    options: {
      ...DEFAULT_SIM_OPTIONS,
      instances: nonNegativeInt('instances', values.instances, SIM_DEFAULTS.instances),
      latencyMs: nonNegativeInt('latency', values.latency, SIM_DEFAULTS.latencyMs),
      pageCap: nonNegativeInt('page-cap', values['page-cap'], SIM_DEFAULTS.pageCap),
      pageCapMode: pageCapMode(values['page-cap-mode']),
      seed: nonNegativeInt('seed', values.seed, SIM_DEFAULTS.seed),
      stopMs: nonNegativeInt('stop-ms', values['stop-ms'], SIM_DEFAULTS.stopMs),
      demo: values.demo,
      hostile: values.hostile,
      faults: {
        ...DEFAULT_SIM_OPTIONS.faults,
        failRate: Math.min(1, nonNegativeInt('fail-rate', values['fail-rate'], 0) / 100),
        failStatus: nonNegativeInt('fail-status', values['fail-status'], SIM_DEFAULTS.failStatus),
      },
    },
  }
}
