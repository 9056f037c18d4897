import type { IncomingMessage } from 'node:http'

export type Log = (line: string) => void

/** Anything shaped like a JWT, wherever a client put it. */
const JWT_LIKE = /[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g

/** `POST /api/x -> what (12 ms)`: the target cut short, control characters and tokens removed. */
export function logLine(req: IncomingMessage, what: string, started: number): string {
  const target = (req.url ?? '')
    .slice(0, 120)
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(JWT_LIKE, '[token]')
  const method = (req.method ?? '').slice(0, 10)
  return `hpcai proxy: ${method} ${target} -> ${what} (${Date.now() - started} ms)`
}
