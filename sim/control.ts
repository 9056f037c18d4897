import type { IncomingMessage } from 'node:http'
import { json, parseJson, readBody, type Answer } from './http.ts'
import type { SimOptions, SimSettings } from './options.ts'
import type { ReceivedRequest } from './received.ts'

/** What the `/__sim/*` controls may read and do to a simulator. */
export interface Controllable {
  readonly options: SimOptions
  readonly received: ReceivedRequest[]
  configure(settings: SimSettings): void
  reset(): void
  /** Moves the world's clock forward (demo dynamics, stop transitions); tokens keep real time. */
  advance(ms: number): number
}

/**
 * Test-only controls, reachable on the simulator's own port, never through the app's proxy:
 * GET received, GET options, POST configure (settings), POST reset, POST advance ({"ms": N}).
 */
export async function control(
  sim: Controllable,
  path: string,
  req: IncomingMessage,
): Promise<Answer> {
  const post = req.method === 'POST'
  if (path === '/__sim/received') return json(200, sim.received)
  if (path === '/__sim/options') return json(200, sim.options)
  if (post && path === '/__sim/configure') {
    // Any JSON object is a change of settings; the test suite is trusted to send sensible ones.
    const settings = parseJson(await readBody(req))
    sim.configure(typeof settings === 'object' && settings !== null ? settings : {})
    return json(200, sim.options)
  }
  if (post && path === '/__sim/reset') {
    sim.reset()
    return json(200, sim.options)
  }
  if (post && path === '/__sim/advance') {
    const ms = (parseJson(await readBody(req)) as { ms?: unknown } | null | undefined)?.ms
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      return json(400, { code: 400, message: 'send {"ms": N} with N >= 0' })
    }
    return json(200, { now: sim.advance(ms) })
  }
  return json(404, { code: 404, message: 'unknown simulator control' })
}
