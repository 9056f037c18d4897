/** What the conformance suite starts and probes: one server, Node or nginx. */
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
