import type { IncomingMessage, ServerResponse } from 'node:http'
import { answerFor } from './answer.ts'
import { routeOf } from './api-route.ts'
import {
  DEFAULT_DEADLINE_MS,
  MAX_REQUEST_BYTES,
  MAX_TOKEN_LENGTH,
  TOKEN_HEADER,
  TOKEN_PATTERN,
  type ProxyErrorCode,
} from './contract.ts'
import { logLine, type Log } from './log-line.ts'
import { sendProxyError, type ProxyErrorOptions } from './proxy-error.ts'
import { readBody } from '../lib-node/read-body.ts'
import { callUpstream, CutShortError } from './upstream-call.ts'

export interface ForwardOptions {
  origin: URL
  /** The whole upstream exchange must fit in this, or the answer is 504 `upstream_timeout`. */
  deadlineMs?: number
  /** Trusted CA certificates (PEM) for an https upstream, instead of Node's bundled ones. */
  ca?: string
  /** One line per failure; never a stack, never the token. */
  log?: Log
}

type Next = (error?: unknown) => void

/** An oversized request body is still read (and dropped) up to this, so that its 413 arrives. */
const MAX_DRAINED_BYTES = 1024 * 1024
const DEADLINE = Symbol('deadline')
const CLIENT_GONE = Symbol('client gone')

/** `Cookie: AccessToken=<token>` for a JWT-shaped token of sane length; nothing for anything else. */
export function cookieFor(token: string | string[] | undefined): string | undefined {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return undefined
  return TOKEN_PATTERN.test(token) ? `AccessToken=${token}` : undefined
}

/**
 * Connect middleware for /api: forwards POSTs to the allowlisted paths to the upstream origin with
 * exactly one cookie, `AccessToken=<token from the x-hpcai-token header>`, and none of the browser's
 * own headers; refuses every other /api request. Everything else goes to `next()` untouched.
 */
export function createForwarder({
  origin,
  deadlineMs = DEFAULT_DEADLINE_MS,
  ca,
  log = () => {},
}: ForwardOptions) {
  return async function forward(req: IncomingMessage, res: ServerResponse, next: Next) {
    const route = routeOf(req.method, req.url ?? '/')
    if (route.kind === 'not-api') return next()
    const started = Date.now()
    const fail = (code: ProxyErrorCode, options: ProxyErrorOptions = {}, detail = '') => {
      log(logLine(req, `${code}${detail}`, started))
      sendProxyError(res, code, options)
    }

    // Read (bounded) before any refusal: an unread body would be parsed as the next request.
    let body
    try {
      body = await readBody(req, MAX_REQUEST_BYTES, { drainUpTo: MAX_DRAINED_BYTES })
    } catch {
      log(logLine(req, 'client went away during its upload', started))
      return void res.destroy()
    }
    if (route.kind === 'refuse')
      return fail(route.code, route.code === 'bad_method' ? { headers: { Allow: 'POST' } } : {})
    if (!body.ok) return fail('too_large')

    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Content-Length': String(body.body.length),
    }
    const cookie = cookieFor(req.headers[TOKEN_HEADER])
    if (cookie) headers.Cookie = cookie

    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(DEADLINE), deadlineMs)
    const onClose = () => {
      if (!res.writableFinished) controller.abort(CLIENT_GONE)
    }
    res.on('close', onClose)
    try {
      const upstream = await callUpstream(new URL(route.path, origin), {
        headers,
        body: body.body,
        signal: controller.signal,
        ...(ca ? { ca } : {}),
      })
      const answer = answerFor(upstream)
      const code = answer.headers['x-proxy-error']
      if (code) log(logLine(req, `${code} (HPC-AI answered HTTP ${upstream.status})`, started))
      res.writeHead(answer.status, answer.headers).end(answer.body)
    } catch (error) {
      const reason: unknown = controller.signal.reason
      if (reason === CLIENT_GONE) {
        log(logLine(req, 'client went away; upstream request cancelled', started))
      } else if (reason === DEADLINE) {
        fail('upstream_timeout', {}, ` after ${deadlineMs} ms`)
      } else if (error instanceof CutShortError) {
        fail('upstream_not_json', {
          message: "HPC-AI's answer to the dashboard server was cut short.",
        })
      } else {
        const cause = (error as NodeJS.ErrnoException).code ?? 'network error'
        fail(
          'upstream_unreachable',
          { message: `Could not reach HPC-AI (${cause}) from the dashboard server.` },
          ` (${cause})`,
        )
      }
    } finally {
      clearTimeout(timer)
      res.off('close', onClose)
    }
  }
}
