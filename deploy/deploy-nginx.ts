/**
 * `npm run deploy:nginx -- --origin https://hpc-ai.com --dist /srv/hpcai-dashboard/dist --port 8080
 * [--ca-file PATH] [--host ADDRESS] [--deadline-ms N] [--out FILE]`: prints (or writes) the nginx
 * config for a team server.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { distWarning, parseRenderOptions } from './nginx/options.ts'
import { renderNginxConfig } from './nginx/render-config.ts'

try {
  const { values } = parseArgs({
    options: {
      origin: { type: 'string' },
      dist: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'ca-file': { type: 'string' },
      'deadline-ms': { type: 'string' },
      'njs-module': { type: 'string' },
      out: { type: 'string' },
    },
  })
  const options = parseRenderOptions(values)
  const warning = distWarning(options.dist)
  if (warning) console.error(warning)
  const config = renderNginxConfig(options)
  if (values.out) writeFileSync(values.out, config)
  else process.stdout.write(config)
} catch (error) {
  console.error(`deploy:nginx: ${(error as Error).message}`)
  process.exit(2)
}
