import { parseSimArgs } from './cli-options.ts'
import { mintToken } from './jwt.ts'
import { Simulator } from './server.ts'

let parsed: ReturnType<typeof parseSimArgs>
try {
  parsed = parseSimArgs(process.argv.slice(2))
} catch (error) {
  console.error(`sim: ${(error as Error).message}`)
  console.error(
    'usage: npm run sim -- --port P [--instances N] [--latency MS] [--page-cap N] [--seed S] [--demo] [--hostile] [--fail-rate PERCENT] [--fail-status CODE]',
  )
  process.exit(2)
}

const simulator = new Simulator(parsed.options)
const url = await simulator.listen(parsed.port)
const { instances, seed, latencyMs, pageCap } = parsed.options
console.log(
  `HPC-AI simulator on ${url} (${instances} instances, seed ${seed}, latency ${latencyMs} ms, page cap ${pageCap || 'none'})`,
)
console.log(`Demo token (valid 24 h, simulator only):\n${mintToken()}`)

const stop = (): void => void simulator.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
