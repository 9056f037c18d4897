import { parseArgs } from 'node:util'
import { NO_FAULTS } from './faults.ts'
import type { SimOptions } from './server.ts'

function nonNegativeInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name} must be a whole number >= 0, got "${raw}"`)
  }
  return value
}

/**
 * Parses `--port P --instances N --latency MS --page-cap N --seed S [--demo] [--hostile]
 * [--fail-rate PERCENT] [--fail-status CODE]`.
 */
export function parseSimArgs(args: string[]): { port: number; options: SimOptions } {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      instances: { type: 'string' },
      latency: { type: 'string' },
      'page-cap': { type: 'string' },
      seed: { type: 'string' },
      demo: { type: 'boolean', default: false },
      hostile: { type: 'boolean', default: false },
      'fail-rate': { type: 'string' },
      'fail-status': { type: 'string' },
    },
    strict: true,
  })
  return {
    port: nonNegativeInt('port', values.port, 8787),
    options: {
      instances: nonNegativeInt('instances', values.instances, 92),
      latencyMs: nonNegativeInt('latency', values.latency, 0),
      pageCap: nonNegativeInt('page-cap', values['page-cap'], 0),
      seed: nonNegativeInt('seed', values.seed, 1),
      demo: values.demo,
      revokedSubjects: [],
      hostile: values.hostile,
      faults: {
        ...NO_FAULTS,
        failRate: Math.min(1, nonNegativeInt('fail-rate', values['fail-rate'], 0) / 100),
        failStatus: nonNegativeInt('fail-status', values['fail-status'], 500),
      },
    },
  }
}
