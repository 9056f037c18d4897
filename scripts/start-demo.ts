import { createServer, preview } from 'vite'
import { mintToken } from '../sim/jwt.ts'
import { Simulator, type SimSettings } from '../sim/server.ts'

export interface DemoOptions {
  /** Serve the built app (dist/) instead of the dev server. */
  preview: boolean
  port?: number
  simPort: number
  sim: SimSettings
}

export interface RunningDemo {
  simulator: Simulator
  simUrl: string
  appUrl: string
  close: () => Promise<void>
}

/** Demo tokens live 24 h; a fresh one every hour keeps the one the app hands out valid. */
const DEMO_TOKEN_REFRESH_MS = 60 * 60_000

/**
 * The simulator plus the app (dev or preview server) whose /api/ proxy points at it, demo mode on:
 * the proxy hands out the demo token minted here (the proxy itself knows nothing of the simulator).
 */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const simulator = new Simulator(options.sim)
  const simUrl = await simulator.listen(options.simPort)
  process.env.HPCAI_API_ORIGIN = simUrl
  process.env.HPCAI_DEMO = '1'
  process.env.HPCAI_DEMO_TOKEN = mintToken()
  const refresh = setInterval(() => {
    process.env.HPCAI_DEMO_TOKEN = mintToken()
  }, DEMO_TOKEN_REFRESH_MS)
  refresh.unref()
  const { port } = options
  const strictPort = port !== undefined
  const server = options.preview
    ? await preview({ preview: { port, strictPort, host: '127.0.0.1' }, logLevel: 'warn' })
    : await createServer({ server: { port, strictPort } }).then((dev) => dev.listen())
  return {
    simulator,
    simUrl,
    appUrl: server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port ?? ''}/`,
    close: async () => {
      clearInterval(refresh)
      await Promise.allSettled([server.close(), simulator.close()])
    },
  }
}
