/**
 * `npm run demo` serves the production build: this builds dist/ when it is missing or older than
 * what it is built from (sources, config, lockfile, VITE_* variables), and otherwise leaves it.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')
/** Which VITE_* variables the build in dist/ was made with (a build made elsewhere: none). */
const STAMP = join(DIST, '.demo-build-env.json')
const INPUTS = [
  'src',
  'public',
  'proxy/contract.ts',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.app.json',
  'tsconfig.base.json',
]

/** The newest modification time under a file or folder (tests included: a cheap over-estimate). */
function newest(path: string): number {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))))
}

const viteEnv = () =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(process.env)
        .filter(([name]) => name.startsWith('VITE_'))
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  )

/** Why dist/ must be built again, or null when it is up to date. */
export function staleBuild(): string | null {
  const index = join(DIST, 'index.html')
  if (!existsSync(index)) return 'dist/ has no build yet'
  const builtAt = statSync(index).mtimeMs
  const changed = INPUTS.find((input) => newest(join(ROOT, input)) > builtAt)
  if (changed) return `${changed} changed since the last build`
  const builtWith = existsSync(STAMP) ? readFileSync(STAMP, 'utf8') : '{}'
  return builtWith === viteEnv() ? null : 'the VITE_* variables differ from the last build'
}

/** Builds dist/ if it is stale, as `npm run build` does (without its typecheck), and says so. */
export async function ensureBuild(log: (line: string) => void = console.log): Promise<void> {
  const reason = staleBuild()
  if (!reason) return
  const started = Date.now()
  log(`  Building the app (${reason})…`)
  // Vitest or a shell may have set another NODE_ENV: the demo shows the production build.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ root: ROOT, logLevel: 'warn' })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  writeFileSync(STAMP, viteEnv())
  log(`  Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}
