import { generateInstances } from '../sim/data.ts'
import { SIM_DEFAULTS } from '../sim/defaults.ts'

/** The simulator's default data set, as the e2e suite's server serves it after `sim.reset()`. */
export const DEFAULT_INSTANCES = generateInstances(SIM_DEFAULTS.instances, SIM_DEFAULTS.seed)

export function countWhere(
  predicate: (instance: (typeof DEFAULT_INSTANCES)[number]) => boolean,
): number {
  return DEFAULT_INSTANCES.filter(predicate).length
}
