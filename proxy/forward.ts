import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { PROXY_ERROR_HEADER, TOKEN_HEADER, type ProxyErrorCode } from './contract.ts'

export interface ForwardOptions {
  origin: URL
  /** How long to wait for the upstream before answering 504. */
  timeoutMs?: number
}

type Next = (error?: unknown) => void

const MAX_REQUEST_BYTES = 16 * 1024
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024
// A JWT is base64url parts joined by dots; anything else could smuggle a second cookie or a header.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

function sendProxyError(
  res: ServerResponse,
  status: number,
  error: ProxyErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    [PROXY_ERROR_HEADER]: error,
  })
  res.end(JSON.stringify({ proxyError: error, message }))
}

/** A safe API path: under /api/, no dot segments, no encoded slashes, no backslashes. */
export function isForwardablePath(rawUrl: string): boolean {
  const path = rawUrl.split('?')[0] ?? ''
  if (!path.startsWith('/api/')) return false
  if (/%2f|%5c|%2e|\\|\/\/|\/\.\.?(\/|$)/i.test(path)) return false
  return /^\/api\/[A-Za-z0-9/_-]+$/.test(path)
}

async function readLimited(stream: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

const MAX_DRAINED_BYTES = 1024 * 1024

/**
 * Reads a request body of at most `limit` bytes. A larger one is read to its end and dropped (so that
 * the 413 answer reaches the client on a healthy connection), up to 1 MiB; past that the socket goes.
 */
async function readRequestBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_DRAINED_BYTES) {
      req.socket.destroy()
      return 'too_large'
    }
    if (size <= limit) chunks.push(chunk)
  }
  return size > limit ? 'too_large' : Buffer.concat(chunks)
}

/**
 * Connect middleware for /api/: forwards a POST to the upstream origin with exactly one cookie,
 * `AccessToken=<token from the x-hpcai-token header>`, and none of the browser's own headers.
 * Everything outside /api/ goes to `next()` untouched.
 */
export function createForwarder({ origin, timeoutMs = 25_000 }: ForwardOptions) {
  const send = origin.protocol === 'https:' ? httpsRequest : httpRequest
  return async function forward(
    req: IncomingMessage,
    res: ServerResponse,
    next: Next,
  ): Promise<void> {
    const url = req.url ?? '/'
    if (!url.startsWith('/api/') && url !== '/api') return next()
    // Read (bounded) before any refusal: an unread body would be parsed as the next request.
    const body = await readRequestBody(req, MAX_REQUEST_BYTES)
    if (!isForwardablePath(url))
      return sendProxyError(res, 400, 'bad_path', 'This path is not forwarded.')
    if (req.method !== 'POST')
      return sendProxyError(res, 405, 'bad_method', 'Only POST is forwarded.')
    if (body === 'too_large')
      return sendProxyError(res, 413, 'too_large', 'The request body is too large.')
    const token = req.headers[TOKEN_HEADER]
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
      'content-length': String(body.length),
    }
    if (typeof token === 'string' && TOKEN_PATTERN.test(token))
      headers.cookie = `AccessToken=${token}`

    const upstream = send(new URL(url.split('?')[0] ?? '', origin), {
      method: 'POST',
      headers,
      timeout: timeoutMs,
    })
    upstream.on('timeout', () => upstream.destroy(new Error('timeout')))
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (res.headersSent) return void res.destroy()
      if (error.message === 'timeout') {
        return sendProxyError(res, 504, 'upstream_timeout', 'HPC-AI did not answer in time.')
      }
      sendProxyError(
        res,
        502,
        'upstream_unreachable',
        `Could not reach HPC-AI (${error.code ?? 'network error'}).`,
      )
    })
    upstream.on('response', (answer) => {
      // The upstream may drop the connection mid-answer: end this response, never crash the server.
      relay(answer, res).catch(() => {
        if (res.headersSent) res.destroy()
        else
          sendProxyError(
            res,
            502,
            'upstream_unreachable',
            'HPC-AI closed the connection mid-answer.',
          )
      })
    })
    upstream.end(body)
  }
}

async function relay(answer: IncomingMessage, res: ServerResponse): Promise<void> {
  const status = answer.statusCode ?? 502
  const type = answer.headers['content-type'] ?? ''
  // Kept whatever the body: a 429 or 503 tells the app how long to wait.
  const retryAfter = answer.headers['retry-after']
  const waitHeader: Record<string, string> =
    typeof retryAfter === 'string' ? { 'retry-after': retryAfter } : {}
  const body = await readLimited(answer, MAX_RESPONSE_BYTES)
  if (!body)
    return sendProxyError(
      res,
      502,
      'upstream_too_large',
      'HPC-AI sent an answer too large to read.',
    )
  if (status >= 400 && !type.includes('json')) {
    // Never hand the upstream's raw HTML error pages to the app.
    return sendProxyError(
      res,
      status,
      'upstream_status',
      `HPC-AI answered HTTP ${status}.`,
      waitHeader,
    )
  }
  res.writeHead(status, {
    ...waitHeader,
    'content-type': type || 'application/octet-stream',
    'cache-control': 'no-store',
  })
  res.end(body)
}
