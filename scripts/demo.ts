/**
 * `npm run demo`: the HPC-AI simulator plus the app against it, no account and no network needed.
 * `--preview` serves the built app (dist/) instead of the dev server; the e2e suite uses that.
 */
import { parseArgs } from 'node:util'
import { SIM_DEFAULTS } from '../sim/defaults.ts'
import { mintToken } from '../sim/jwt.ts'
import { startDemo } from './start-demo.ts'

const { values } = parseArgs({
  options: {
    preview: { type: 'boolean', default: false },
    port: { type: 'string' },
    'sim-port': { type: 'string', default: String(SIM_DEFAULTS.port) },
    instances: { type: 'string', default: String(SIM_DEFAULTS.instances) },
    latency: { type: 'string', default: String(SIM_DEFAULTS.latencyMs) },
    'page-cap': { type: 'string', default: String(SIM_DEFAULTS.pageCap) },
    'stop-ms': { type: 'string', default: String(SIM_DEFAULTS.stopMs) },
  },
})

const demo = await startDemo({
  preview: values.preview,
  port: values.port ? Number(values.port) : undefined,
  simPort: Number(values['sim-port']),
  sim: {
    instances: Number(values.instances),
    latencyMs: Number(values.latency),
    pageCap: Number(values['page-cap']),
    stopMs: Number(values['stop-ms']),
    demo: true,
  },
})

console.log(`\n  HPC-AI simulator: ${demo.simUrl} (${values.instances} instances)`)
console.log(`  Dashboard:        ${demo.appUrl}  <- open this, then click "Use demo token"`)
console.log(`\n  Or paste this demo token (valid 24 h, simulator only):\n  ${mintToken()}\n`)

const stop = () => void demo.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
