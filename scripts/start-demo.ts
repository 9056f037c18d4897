import { createServer, preview } from 'vite'
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

/** The simulator plus the app (dev or preview server) whose /api/ proxy points at it, demo mode on. */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const simulator = new Simulator(options.sim)
  const simUrl = await simulator.listen(options.simPort)
  process.env.HPCAI_API_ORIGIN = simUrl
  process.env.HPCAI_DEMO = '1'
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
      await Promise.allSettled([server.close(), simulator.close()])
    },
  }
}
