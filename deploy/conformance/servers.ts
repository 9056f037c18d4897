import { afterAll, beforeAll, inject } from 'vitest'
import { startNginx } from './nginx-server.ts'
import { startNode } from './node-server.ts'
import { IMPLEMENTATIONS, type Implementation, type Target, type TargetOptions } from './target.ts'

export { IMPLEMENTATIONS, type Implementation, type Target, type TargetOptions } from './target.ts'

export function startTarget(implementation: Implementation, options: TargetOptions) {
  return implementation === 'node' ? startNode(options) : startNginx(options)
}

/**
 * Both implementations serving the build under test in front of `upstream()` (awaited first), each
 * on its own port, started before the file's tests and closed after them (then `closeUpstream`).
 * The map is filled once they run.
 */
export function serveBoth(
  nextPort: () => number,
  upstream: () => string | Promise<string>,
  {
    deadlineMs = 3_000,
    closeUpstream,
  }: { deadlineMs?: number; closeUpstream?: () => Promise<void> } = {},
): ReadonlyMap<Implementation, Target> {
  const targets = new Map<Implementation, Target>()
  beforeAll(async () => {
    const options = { upstream: await upstream(), dist: inject('dist'), deadlineMs }
    for (const implementation of IMPLEMENTATIONS)
      targets.set(
        implementation,
        await startTarget(implementation, { ...options, port: nextPort() }),
      )
  })
  afterAll(async () => {
    await Promise.all([...targets.values()].map((target) => target.close()))
    await closeUpstream?.()
  })
  return targets
}
