import { startNginx } from './nginx-server.ts'
import { startNode } from './node-server.ts'

export type Implementation = 'node' | 'nginx'
export const IMPLEMENTATIONS: Implementation[] = ['node', 'nginx']

/** One dashboard server in front of one upstream. */
export interface Target {
  implementation: Implementation
  port: number
  /** What the server logged (Node's warnings, nginx's error log). */
  logs: () => string
  close: () => Promise<void>
}

export interface TargetOptions {
  upstream: string
  dist: string
  port: number
  deadlineMs: number
  caFile?: string
}

export function startTarget(implementation: Implementation, options: TargetOptions) {
  return implementation === 'node' ? startNode(options) : startNginx(options)
}
