import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { NOT_LOGGED_IN } from './api-types.ts'
import { isLoggedIn } from './auth.ts'
import { control } from './control.ts'
import { json, readBody, send } from './http.ts'
import { DEFAULT_SIM_OPTIONS, mergeSettings, type SimOptions, type SimSettings } from './options.ts'
import { describeRequest, loggedBody, record, type ReceivedRequest } from './received.ts'
import { answerList } from './routes/list.ts'
import type { Route } from './routes/route.ts'
import { answerStop } from './routes/stop.ts'
import { World } from './world.ts'

export { DEFAULT_SIM_OPTIONS, type SimOptions, type SimSettings } from './options.ts'
export type { ReceivedRequest } from './received.ts'

const ROUTES = new Map<string, Route>([
  ['POST /api/instance/list', answerList],
  ['POST /api/instance/stop', answerStop],
])

/** The HPC-AI API as documented (list and stop), with test controls under `/__sim/`. */
export class Simulator {
  options: SimOptions
  world: World
  received: ReceivedRequest[] = []
  /** Successful list and stop answers since the last configure (for `expireAfterRequests`). */
  private served = 0
  private advancedMs = 0
  private readonly server: Server
  private readonly initial: SimOptions

  /** `clock` is the world's time source (tests inject one); `/__sim/advance` moves it forward. */
  constructor(
    settings: SimSettings = {},
    private readonly clock: () => number = Date.now,
  ) {
    this.initial = mergeSettings(DEFAULT_SIM_OPTIONS, settings)
    this.options = this.initial
    this.world = this.newWorld()
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        send(res, json(500, { code: 500, message: `simulator error: ${String(error)}` }))
      })
    })
  }

  /** New settings; the world is rebuilt (stops and clock moves forgotten) and the log emptied. */
  configure(settings: SimSettings): void {
    this.options = mergeSettings(this.options, settings)
    this.advancedMs = 0
    this.world = this.newWorld()
    this.received = []
    this.served = 0
  }

  /** Back to the settings the simulator was created with. */
  reset(): void {
    this.options = this.initial
    this.configure({})
  }

  advance(ms: number): number {
    this.advancedMs += ms
    return this.now()
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

  private now(): number {
    return this.clock() + this.advancedMs
  }

  private newWorld(): World {
    return new World(this.options, () => this.now())
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (path.startsWith('/__sim/')) return send(res, await control(this, path, req))
    const entry = describeRequest(req)
    record(this.received, entry)
    const body = await readBody(req)
    entry.body = loggedBody(body)
    const { faults } = this.options
    await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs + faults.slowMs))
    if (faults.dropConnection) return void req.socket.destroy()
    const route = ROUTES.get(`${req.method ?? ''} ${path}`)
    if (!route)
      return send(res, json(404, { code: 404, message: `no route for ${req.method} ${path}` }))
    if (!isLoggedIn(req, this.options, this.served)) return send(res, json(200, NOT_LOGGED_IN))
    const { answer, counted } = route({ body, options: this.options, world: this.world })
    if (counted) this.served++
    send(res, answer)
  }
}
