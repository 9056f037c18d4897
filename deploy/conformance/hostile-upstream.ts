import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { Server } from 'node:net'

/** What the upstream was sent: tests prove with it what the proxy forwards (and what it never does). */
export interface Received {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  body: string
}

const LIST = '{"instances":[],"pager":{"currentPage":1,"pageSize":50,"totalEntries":0}}'
const MB = Buffer.alloc(1024 * 1024, 0x20)

/** Headers no browser should ever get from the upstream through the proxy. */
export const HOSTILE_HEADERS = {
  'Set-Cookie': 'AccessToken=stolen; Path=/',
  Location: 'https://evil.example/',
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Credentials': 'true',
  Server: 'evil/1.0',
  'X-Powered-By': 'evil',
  'X-Evil': 'yes',
  'Content-Security-Policy': "script-src 'unsafe-inline'",
  'Strict-Transport-Security': 'max-age=1',
  Refresh: '0; url=https://evil.example/',
  Link: '<https://evil.example/x.js>; rel=preload',
}

/** Answers chosen by the request body's `hostile` field; the upstream answers no other request. */
const MODES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  list: (_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(LIST),
  headers: (_req, res) =>
    res
      .writeHead(200, {
        ...HOSTILE_HEADERS,
        'Content-Type': 'application/json',
        'Retry-After': '7',
      })
      .end(LIST),
  html: (_req, res) =>
    res
      .writeHead(503, { 'Content-Type': 'text/html', 'Retry-After': '5' })
      .end('<html><script>alert(document.cookie)</script></html>'),
  html200: (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<script>alert(1)</script>'),
  'json-error': (_req, res) =>
    res
      .writeHead(404, { 'Content-Type': 'application/json' })
      .end('{"message":"ent: instance not found"}'),
  'json-as-text': (_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end(LIST),
  'bad-retry-after': (_req, res) =>
    res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': 'soon <b>' }).end('{}'),
  redirect: (_req, res) =>
    res
      .writeHead(302, { Location: 'https://evil.example/', 'Content-Type': 'application/json' })
      .end('{}'),
  huge: (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    let sent = 0
    const more = () => {
      while (sent < 70 && !res.destroyed) {
        sent++
        if (!res.write(MB)) return void res.once('drain', more)
      }
      res.end()
    }
    more()
  },
  drip: (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    const timer = setInterval(() => res.write(' '), 300)
    res.on('close', () => clearInterval(timer))
  },
  hang: () => {},
  drop: (req) => req.socket.destroy(),
  cut: (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' })
    res.write('{"instances":[')
    setTimeout(() => req.socket.destroy(), 50)
  },
}

export class HostileUpstream {
  received: Received[] = []
  /** Connections the upstream saw close, by mode: proves the proxy hung up on it. */
  closed: string[] = []
  readonly server: Server

  constructor(tls?: { key: string; cert: string }) {
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res)
    this.server = tls ? createHttpsServer(tls, handler) : createHttpServer(handler)
  }

  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve))
  }

  close(): Promise<void> {
    ;(this.server as { closeAllConnections?: () => void }).closeAllConnections?.()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = ''
    for await (const chunk of req as AsyncIterable<Buffer>) body += chunk.toString()
    this.received.push({
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body,
    })
    let mode = 'list'
    try {
      const { hostile } = JSON.parse(body) as { hostile?: unknown }
      if (typeof hostile === 'string') mode = hostile
    } catch {
      // not JSON: the plain list answer
    }
    res.on('close', () => this.closed.push(mode))
    ;(MODES[mode] ?? MODES.list)?.(req, res)
  }
}
