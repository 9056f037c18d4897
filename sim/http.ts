import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBody as readBounded } from '../lib-node/read-body.ts'
import type { FaultAnswer } from './faults.ts'

/** A complete answer (status, headers, body), written by `send`. */
export type Answer = FaultAnswer

const MAX_BODY_BYTES = 64 * 1024

export function json(status: number, body: unknown): Answer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  }
}

export function send(res: ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, answer.headers).end(answer.body)
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const result = await readBounded(req, MAX_BODY_BYTES)
  if (!result.ok) throw new Error('body too large')
  return result.body.toString('utf8')
}

/** The body parsed as JSON, or undefined when it is not JSON. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown
  } catch {
    return undefined
  }
}
