import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { isApiTarget } from './api-route.ts'
import type { ProxyErrorCode } from './contract.ts'
import { PROXY_MESSAGES } from './messages.ts'
import { proxyErrorAnswer } from './proxy-error.ts'
import { setSecurityHeaders } from './security-headers.ts'

/**
 * Every refusal a dashboard server makes on its own, before or instead of a route: the JSON code
 * and message it answers with. nginx (deploy/nginx) maps the same statuses to the same bodies.
 */
export const REFUSALS: Record<number, { code: ProxyErrorCode; message: string }> = {
  400: { code: 'bad_request', message: PROXY_MESSAGES.bad_request },
  405: { code: 'bad_method', message: PROXY_MESSAGES.bad_method },
  411: { code: 'bad_request', message: 'The dashboard server needs the length of this request.' },
  413: { code: 'too_large', message: PROXY_MESSAGES.too_large },
  414: {
    code: 'too_large',
    message: 'The request’s address is too long for the dashboard server.',
  },
  417: {
    code: 'bad_request',
    message: 'The dashboard server cannot meet what the request’s Expect header asks.',
  },
  431: { code: 'too_large', message: PROXY_MESSAGES.too_large },
  501: {
    code: 'bad_request',
    message: 'The dashboard server does not implement what this request asks for.',
  },
  505: { code: 'bad_request', message: 'The dashboard server speaks HTTP/1.0 and HTTP/1.1 only.' },
}

/** The JSON answer for a refusal status, with the security headers. */
export function refusalAnswer(status: number) {
  const refusal = REFUSALS[status] ?? REFUSALS[400]
  return proxyErrorAnswer(refusal?.code ?? 'bad_request', { status, message: refusal?.message })
}

function refuse(res: ServerResponse, status: number): void {
  const answer = refusalAnswer(status)
  setSecurityHeaders(res)
  res.writeHead(status, { ...answer.headers, Connection: 'close' }).end(answer.body)
}

/**
 * What Node's own parser lets through but HTTP (and nginx) refuses: another major version, no or
 * two Hosts; and any method but GET and HEAD outside /api (the API routes answer their own 405).
 */
function earlyRefusal(req: IncomingMessage): number | null {
  if (req.httpVersionMajor !== 1) return 505
  if (req.method !== 'GET' && req.method !== 'HEAD' && !isApiTarget(req.url ?? '/')) return 405
  const hosts = req.rawHeaders.filter((_, index) => index % 2 === 0 && /^host$/i.test(_)).length
  if (hosts > 1 || (hosts === 0 && req.httpVersionMinor >= 1)) return 400
  return null
}

const isJson = (type: unknown) => typeof type === 'string' && type.startsWith('application/json')

/**
 * A refusal another layer answers (the static files' 416, a 405…) leaves as the JSON body: the
 * status stays, the body and type become the contract's.
 */
function jsonRefusals(res: ServerResponse): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  res.end = ((...args: unknown[]) => {
    if (res.headersSent || !(res.statusCode in REFUSALS) || isJson(res.getHeader('content-type')))
      return end(...args)
    const answer = refusalAnswer(res.statusCode)
    for (const name of ['content-type', 'content-length', 'content-encoding', 'etag'])
      res.removeHeader(name)
    for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value)
    res.setHeader('Content-Length', Buffer.byteLength(answer.body))
    return end(answer.body)
  }) as ServerResponse['end']
}

/**
 * Security headers on every answer, and every refusal the server makes as the contract's JSON:
 * Node's own (no Host, an Expect it cannot meet, another HTTP version) and those of the layers
 * behind it. Vite's request handler runs only for requests that pass.
 */
export function guardRequests(server: Server): void {
  // Node would answer these itself with an empty 400 and no headers: they come here instead.
  ;(server as Server & { requireHostHeader: boolean }).requireHostHeader = false
  const handlers = server.listeners('request') as ((...args: unknown[]) => void)[]
  server.removeAllListeners('request')
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res)
    const refusal = earlyRefusal(req)
    if (refusal !== null) return refuse(res, refusal)
    // No byte ranges (the files are small, and nginx serves none): no 416 either.
    delete req.headers.range
    jsonRefusals(res)
    for (const handler of handlers) handler.call(server, req, res)
  })
  server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) => refuse(res, 417))
}
