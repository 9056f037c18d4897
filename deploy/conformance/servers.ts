import { startNginx } from './nginx-server.ts'
import { startNode } from './node-server.ts'
import type { Implementation, TargetOptions } from './target.ts'

export { IMPLEMENTATIONS, type Implementation, type Target, type TargetOptions } from './target.ts'

export function startTarget(implementation: Implementation, options: TargetOptions) {
  return implementation === 'node' ? startNode(options) : startNginx(options)
}
