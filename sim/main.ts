import { parseSimArgs, SIM_USAGE } from './cli-options.ts'
import { mintToken } from './jwt.ts'
import { Simulator } from './server.ts'

let parsed: ReturnType<typeof parseSimArgs>
try {
  parsed = parseSimArgs(process.argv.slice(2))
} catch (error) {
  console.error(`sim: ${(error as Error).message}`)
  console.error(SIM_USAGE)
  process.exit(2)
}

const simulator = new Simulator(parsed.options)
const url = await simulator.listen(parsed.port)
const { instances, seed, latencyMs, pageCap, stopMs } = parsed.options
console.log(
  `HPC-AI simulator on ${url} (${instances} instances, seed ${seed}, latency ${latencyMs} ms, page cap ${pageCap || 'none'}, stop ${stopMs} ms)`,
)
console.log(`Demo token (valid 24 h, simulator only):\n${mintToken()}`)

const stop = (): void => void simulator.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
