/**
 * `npm run demo`: the HPC-AI simulator plus the app against it, no account and no network needed.
 * It serves the production build (built first when dist/ is missing or stale): at 10,000 instances
 * the dev server took 68-91 s to load and ~5 s to sort, the build 3.7 s and 0.1 s. `--dev` serves
 * the dev server (hot reload) instead; `--preview` is the default, kept for old command lines.
 */
import { parseArgs } from 'node:util'
import { SIM_DEFAULTS } from '../sim/defaults.ts'
import { mintToken } from '../sim/jwt.ts'
import { ensureBuild } from './demo-build.ts'
import { startDemo } from './start-demo.ts'

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    preview: { type: 'boolean', default: false },
    port: { type: 'string' },
    'sim-port': { type: 'string', default: String(SIM_DEFAULTS.port) },
    instances: { type: 'string', default: String(SIM_DEFAULTS.instances) },
    latency: { type: 'string', default: String(SIM_DEFAULTS.latencyMs) },
    'page-cap': { type: 'string', default: String(SIM_DEFAULTS.pageCap) },
    'stop-ms': { type: 'string', default: String(SIM_DEFAULTS.stopMs) },
  },
})

if (values.dev && values.preview) {
  console.error('npm run demo: choose --dev (dev server) or --preview (the build), not both.')
  process.exit(2)
}
if (!values.dev) await ensureBuild()

const demo = await startDemo({
  preview: !values.dev,
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
console.log(
  values.dev
    ? '  Serving the dev server (hot reload; much slower with thousands of instances).'
    : '  Serving the production build (dist/); --dev for the dev server with hot reload.',
)
console.log(`\n  Or paste this demo token (valid 24 h, simulator only):\n  ${mintToken()}\n`)

const stop = () => void demo.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
