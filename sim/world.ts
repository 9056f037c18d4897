import type { RawInstance } from './api-types.ts'
import { generateInstances } from './data.ts'
import { hostileInstances } from './hostile.ts'

export interface WorldOptions {
  instances: number
  seed: number
  /** In demo mode, transitional instances settle over time so that a refresh shows change. */
  demo: boolean
  /** Appends instances with hostile and malformed data (see hostile.ts). */
  hostile?: boolean
}

const SETTLED: Record<string, string> = {
  Starting: 'Running',
  PullingImage: 'Running',
  Restarting: 'Running',
  Stopping: 'Stopped',
}

/** The simulated account: a fixed data set plus the clock that moves its transitional instances. */
export class World {
  readonly instances: RawInstance[]
  private readonly startedAt = Date.now()
  private readonly demo: boolean

  constructor(options: WorldOptions) {
    const generated = generateInstances(options.instances, options.seed, this.startedAt)
    const template = generated[0] ?? generateInstances(1, options.seed, this.startedAt)[0]
    this.instances = options.hostile
      ? [...generated, ...(hostileInstances(template) as RawInstance[])]
      : generated
    this.demo = options.demo
  }

  /** The instances as they are now; each transitional one settles 20-110 s after start. */
  snapshot(now = Date.now()): RawInstance[] {
    if (!this.demo) return this.instances
    const elapsed = now - this.startedAt
    return this.instances.map((instance, index) => {
      const runtime = instance.instanceRuntimeInfo as RawInstance['instanceRuntimeInfo'] | null
      const settled = runtime ? SETTLED[runtime.status] : undefined
      if (!runtime || !settled || elapsed < 20_000 + (index % 10) * 10_000) return instance
      return { ...instance, instanceRuntimeInfo: { ...runtime, status: settled, message: '' } }
    })
  }
}
