import type { IncomingMessage } from 'node:http'
import { parseJson } from './http.ts'

/** What the simulator saw of a request: tests use it to prove what the proxy and the app sent. */
export interface ReceivedRequest {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  /** The body parsed as JSON; the raw text when it is not JSON; null when there was none. */
  body: unknown
}

/** The log keeps the latest requests: enough for a batch of 100 stops and the refreshes around it. */
export const RECEIVED_CAP = 2_000

/** The request as logged before its body is read (`body` null until then). */
export function describeRequest(req: IncomingMessage): ReceivedRequest {
  return { method: req.method ?? '', path: req.url ?? '', headers: { ...req.headers }, body: null }
}

/** A body as logged: parsed JSON, else the raw text, and null when empty. */
export function loggedBody(text: string): unknown {
  if (text === '') return null
  const parsed = parseJson(text)
  return parsed === undefined ? text : parsed
}

export function record(log: ReceivedRequest[], entry: ReceivedRequest): void {
  log.push(entry)
  if (log.length > RECEIVED_CAP) log.splice(0, log.length - RECEIVED_CAP)
}
