/**
 * `npm run demo`: the HPC-AI simulator plus the app against it, no account and no network needed.
 * `--preview` serves the built app (dist/) instead of the dev server; the e2e suite uses that.
 */
import { parseArgs } from 'node:util'
import { createServer, preview } from 'vite'
import { mintToken } from '../sim/jwt.ts'
import { Simulator } from '../sim/server.ts'

const { values } = parseArgs({
  options: {
    preview: { type: 'boolean', default: false },
    port: { type: 'string' },
    'sim-port': { type: 'string', default: '8787' },
    instances: { type: 'string', default: '92' },
    latency: { type: 'string', default: '0' },
    'page-cap': { type: 'string', default: '0' },
  },
})

const simulator = new Simulator({
  instances: Number(values.instances),
  latencyMs: Number(values.latency),
  pageCap: Number(values['page-cap']),
  demo: true,
})
const simUrl = await simulator.listen(Number(values['sim-port']))
process.env.HPCAI_API_ORIGIN = simUrl
process.env.HPCAI_DEMO = '1'

const port = values.port ? Number(values.port) : undefined
const server = values.preview
  ? await preview({ preview: { port, strictPort: port !== undefined, host: '127.0.0.1' } })
  : await createServer({ server: { port, strictPort: port !== undefined } }).then((dev) =>
      dev.listen(),
    )

const appUrl = server.resolvedUrls?.local[0] ?? '(unknown)'
console.log(`\n  HPC-AI simulator: ${simUrl} (${values.instances} instances)`)
console.log(`  Dashboard:        ${appUrl}  <- open this, then click "Use demo token"`)
console.log(`\n  Or paste this demo token (valid 24 h, simulator only):\n  ${mintToken()}\n`)

const stop = async () => {
  await Promise.allSettled([server.close(), simulator.close()])
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
