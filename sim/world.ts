import type { RawInstance } from './api-types.ts'
import { generateInstances } from './data.ts'
import { demoAt } from './demo-dynamics.ts'
import { hostileInstances } from './hostile.ts'
import { SIM_DEFAULTS } from './defaults.ts'
import { isStoppable } from './stoppable.ts'
import { withStop } from './stop-transition.ts'

export interface WorldOptions {
  instances: number
  seed: number
  /** In demo mode instances change over time: see demo-dynamics.ts. */
  demo: boolean
  /** Appends instances with hostile and malformed data (see hostile.ts). */
  hostile?: boolean
  /** How long a stopped instance stays `Stopping`. */
  stopMs?: number
  /** Every price times this (default 1): wide figures for layout tests. */
  priceScale?: number
}

/** The instance with its price scaled (a new object; the generated one is left alone). */
function scaled(instance: RawInstance, scale: number): RawInstance {
  const spec = instance.instanceSpecInfo
  const billing = spec.instanceBillingInfo
  return {
    ...instance,
    instanceSpecInfo: {
      ...spec,
      instanceBillingInfo: { ...billing, price: Math.round(billing.price * scale * 100) / 100 },
    },
  }
}

export type StopOutcome =
  { kind: 'stopping' } | { kind: 'not-found' } | { kind: 'refused'; status: unknown }

/** A hostile item may lack a runtime block, or be no object at all. */
function hasRuntime(instance: unknown): instance is RawInstance {
  const runtime = (instance as { instanceRuntimeInfo?: unknown } | null)?.instanceRuntimeInfo
  return typeof runtime === 'object' && runtime !== null
}

function idOf(instance: unknown): string | undefined {
  const id = (instance as { instanceMetadata?: { instanceId?: unknown } | null } | null)
    ?.instanceMetadata?.instanceId
  return typeof id === 'string' && id !== '' ? id : undefined
}

/**
 * The simulated account: a data set fixed by the seed (never mutated), the stops requested since,
 * and a clock. Every answer is a pure function of the three, so the same seed gives the same data.
 */
export class World {
  readonly instances: RawInstance[]
  readonly startedAt: number
  private readonly stopRequests = new Map<string, number>()
  private readonly positions = new Map<string, number>()

  constructor(
    private readonly options: WorldOptions,
    private readonly clock: () => number = Date.now,
  ) {
    this.startedAt = clock()
    const scale = options.priceScale ?? 1
    const generated = generateInstances(options.instances, options.seed, this.startedAt).map(
      (instance) => (scale === 1 ? instance : scaled(instance, scale)),
    )
    const template = generated[0] ?? generateInstances(1, options.seed, this.startedAt)[0]
    this.instances = options.hostile
      ? [...generated, ...(hostileInstances(template) as RawInstance[])]
      : generated
    this.instances.forEach((instance, index) => {
      const id = idOf(instance)
      if (id !== undefined && !this.positions.has(id)) this.positions.set(id, index)
    })
  }

  /** The instances as they are at `now`. */
  snapshot(now = this.clock()): RawInstance[] {
    if (!this.options.demo && this.stopRequests.size === 0) return this.instances
    return this.instances.map((instance, index) => this.at(instance, index, now))
  }

  /** Asks the instance to stop at `now`; refused unless its status at `now` is stoppable. */
  stop(id: string, now = this.clock()): StopOutcome {
    const index = this.positions.get(id)
    const instance = index === undefined ? undefined : this.instances[index]
    if (index === undefined || instance === undefined) return { kind: 'not-found' }
    const current = this.at(instance, index, now)
    const status = hasRuntime(current) ? current.instanceRuntimeInfo.status : undefined
    if (!isStoppable(status)) return { kind: 'refused', status }
    this.stopRequests.set(id, now)
    return { kind: 'stopping' }
  }

  private at(instance: RawInstance, index: number, now: number): RawInstance {
    if (!hasRuntime(instance)) return instance
    const current = this.options.demo ? demoAt(instance, index, this.startedAt, now) : instance
    const id = idOf(instance)
    const requested = id === undefined ? undefined : this.stopRequests.get(id)
    const scheduled = current.instanceRuntimeInfo.scheduledStopTimestamp
    const due =
      this.options.demo &&
      scheduled > 0 &&
      scheduled <= now &&
      isStoppable(current.instanceRuntimeInfo.status)
        ? scheduled
        : undefined
    const effective = Math.min(requested ?? Infinity, due ?? Infinity)
    if (effective === Infinity) return current
    return withStop(current, effective, this.options.stopMs ?? SIM_DEFAULTS.stopMs, now)
  }
}
