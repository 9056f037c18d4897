import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { NOT_LOGGED_IN, type RawListResponse } from './api-types.ts'
import { injectedFailure, NO_FAULTS, type Faults } from './faults.ts'
import { readClaims, readCookie } from './jwt.ts'
import { World } from './world.ts'

export interface SimOptions {
  instances: number
  seed: number
  latencyMs: number
  /** The largest page the server agrees to serve; 0 means whatever the client asks (up to 1000). */
  pageCap: number
  demo: boolean
  /** Token subjects the server refuses as if their session had been revoked. */
  revokedSubjects: string[]
  /** Appends instances with hostile and malformed data. */
  hostile: boolean
  faults: Faults
}

export const DEFAULT_SIM_OPTIONS: SimOptions = {
  instances: 92,
  seed: 1,
  latencyMs: 0,
  pageCap: 0,
  demo: false,
  revokedSubjects: [],
  hostile: false,
  faults: NO_FAULTS,
}

/** A change of settings: any options, and any subset of the fault knobs. */
export type SimSettings = Partial<Omit<SimOptions, 'faults'>> & { faults?: Partial<Faults> }

/** What the simulator saw of a request: tests use it to prove what the proxy forwards. */
export interface ReceivedRequest {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
}

const MAX_PAGE_SIZE = 1000
const MAX_BODY_BYTES = 64 * 1024

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(text)
}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new Error('body too large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function parsePager(body: string): { currentPage: number; pageSize: number } | null {
  try {
    const parsed: unknown = JSON.parse(body)
    const pager = (parsed as { pager?: { currentPage?: unknown; pageSize?: unknown } } | null)
      ?.pager
    const { currentPage, pageSize } = pager ?? {}
    if (!Number.isInteger(currentPage) || !Number.isInteger(pageSize)) return null
    if ((currentPage as number) < 1 || (pageSize as number) < 1) return null
    return { currentPage: currentPage as number, pageSize: pageSize as number }
  } catch {
    return null
  }
}

export class Simulator {
  options: SimOptions
  world: World
  received: ReceivedRequest[] = []
  private servedLists = 0
  private readonly server: Server
  private readonly initial: SimOptions

  constructor(options: SimSettings = {}) {
    this.initial = {
      ...DEFAULT_SIM_OPTIONS,
      ...options,
      faults: { ...NO_FAULTS, ...options.faults },
    }
    this.options = this.initial
    this.world = new World(this.options)
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        sendJson(res, 500, { code: 500, message: `simulator error: ${String(error)}` })
      })
    })
  }

  configure(options: SimSettings): void {
    this.options = {
      ...this.options,
      ...options,
      faults: { ...this.options.faults, ...options.faults },
    }
    this.world = new World(this.options)
    this.received = []
    this.servedLists = 0
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, host, resolve))
    const address = this.server.address() as AddressInfo
    return `http://${host}:${address.port}`
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (path.startsWith('/__sim/')) return this.handleControl(path, req, res)
    this.received.push({
      method: req.method ?? '',
      path: req.url ?? '',
      headers: { ...req.headers },
    })
    if (this.received.length > 200) this.received.shift()
    const body = await readBody(req)
    const { faults } = this.options
    await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs + faults.slowMs))
    if (faults.dropConnection) return void req.socket.destroy()
    if (req.method !== 'POST' || path !== '/api/instance/list') {
      return sendJson(res, 404, { code: 404, message: `no route for ${req.method} ${path}` })
    }
    const claims = readClaims(readCookie(req.headers.cookie, 'AccessToken') ?? '')
    const expiredByFault =
      faults.expireAfterRequests > 0 && this.servedLists >= faults.expireAfterRequests
    const refused =
      !claims ||
      claims.expiresAt <= Date.now() ||
      this.options.revokedSubjects.includes(claims.subject) ||
      expiredByFault
    if (refused) return sendJson(res, 200, NOT_LOGGED_IN)
    const pager = parsePager(body)
    if (!pager) {
      return sendJson(res, 500, {
        code: 500,
        message: 'pager.currentPage and pager.pageSize are required',
      })
    }
    const failure = injectedFailure(faults, pager.currentPage)
    if (failure) return void res.writeHead(failure.status, failure.headers).end(failure.body)
    this.servedLists++
    const cap = this.options.pageCap > 0 ? this.options.pageCap : MAX_PAGE_SIZE
    const pageSize = Math.min(pager.pageSize, cap)
    const all = this.world.snapshot()
    const start = (pager.currentPage - 1) * pageSize
    const response: RawListResponse = {
      instances: all.slice(start, start + pageSize),
      pager: { currentPage: pager.currentPage, pageSize, totalEntries: all.length },
    }
    sendJson(res, 200, response)
  }

  /** Test-only controls, reachable on the simulator's own port, never through the app's proxy. */
  private async handleControl(
    path: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    if (path === '/__sim/received') return sendJson(res, 200, this.received)
    if (path === '/__sim/options') return sendJson(res, 200, this.options)
    if (path === '/__sim/configure' && req.method === 'POST') {
      this.configure(JSON.parse((await readBody(req)) || '{}') as SimSettings)
      return sendJson(res, 200, this.options)
    }
    if (path === '/__sim/reset' && req.method === 'POST') {
      this.configure(this.initial)
      return sendJson(res, 200, this.options)
    }
    sendJson(res, 404, { code: 404, message: 'unknown simulator control' })
  }
}
