import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { MAX_ANSWER_BYTES } from './contract.ts'
import { readBody, type BodyResult } from '../lib-node/read-body.ts'

export interface UpstreamAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: BodyResult
}

/** The upstream answered, then closed the connection before the end of its answer. */
export class CutShortError extends Error {
  constructor() {
    super('the answer was cut short')
  }
}

export interface UpstreamRequest {
  headers: Record<string, string>
  body: Buffer
  signal: AbortSignal
  /** Trusted CA certificates (PEM) instead of Node's bundled ones. */
  ca?: string
}

/**
 * POSTs to the upstream and reads its whole answer (up to MAX_ANSWER_BYTES). Rejects with the
 * connection's error before an answer, a CutShortError after one, or an AbortError when `signal` fires.
 */
export function callUpstream(url: URL, init: UpstreamRequest): Promise<UpstreamAnswer> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const request = send(url, {
      method: 'POST',
      headers: init.headers,
      signal: init.signal,
      ...(init.ca ? { ca: init.ca } : {}),
    })
    request.on('error', reject)
    request.on('response', (response) => {
      readBody(response, MAX_ANSWER_BYTES).then(
        (body) => resolve({ status: response.statusCode ?? 502, headers: response.headers, body }),
        () => reject(init.signal.aborted ? new Error('aborted') : new CutShortError()),
      )
    })
    request.end(init.body)
  })
}
