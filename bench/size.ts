/**
 * The size budgets, from the build in dist/ and its manifest (vite.config.ts: `build.manifest`): the
 * JS the first paint needs (index.html's entry and the chunks it preloads) and, per lazy kind
 * (bench/chunk-kinds.ts), the chunks it loads on first use, gzipped, each beside its budget.
 * `tsx bench/size.ts --check` prints one line per kind and exits 1 on a miss (part of `npm test`).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { CHUNK_KINDS, INITIAL_JS_BUDGET_KB, OTHER_LAZY_BUDGET_KB } from './chunk-kinds.ts'
import { classifyChunks, type KindSize, type Manifest } from './classify-chunks.ts'
import { sizeLines } from './size-lines.ts'

export interface SizeReport {
  initialJsKb: number
  initialCssKb: number
  /** The initial JS first, then one entry per lazy kind. */
  kinds: KindSize[]
}

export function measureSize(dist = 'dist'): SizeReport {
  const manifestPath = join(dist, '.vite', 'manifest.json')
  if (!existsSync(manifestPath))
    throw new Error(`size: no ${manifestPath}: build with build.manifest on (vite.config.ts)`)
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
  const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file))).length / 1024
  const budgets = { initialKb: INITIAL_JS_BUDGET_KB, otherBudgetKb: OTHER_LAZY_BUDGET_KB }
  const kinds = classifyChunks(manifest, CHUNK_KINDS, budgets, gzipKb)
  // What the browser loads first is what index.html names: the manifest must say the same.
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] ?? '',
  )
  const js = named.filter((file) => file.endsWith('.js')).sort()
  const initial = kinds[0]?.files ?? []
  if (js.join() !== initial.join())
    throw new Error(
      `size: index.html loads ${js.join(', ')}; the manifest says ${initial.join(', ')}`,
    )
  const css = named.filter((file) => file.endsWith('.css'))
  const initialCssKb = css.reduce((total, file) => total + gzipKb(file), 0)
  return { initialJsKb: kinds[0]?.kb ?? 0, initialCssKb, kinds }
}

if (process.argv.includes('--check')) {
  const report = measureSize()
  for (const line of sizeLines(report.kinds)) console.log(`size: ${line}`)
  console.log(`size: initial CSS ${report.initialCssKb.toFixed(1)} kB gzip`)
  const misses = report.kinds.filter((kind) => !kind.pass)
  if (misses.length > 0) {
    console.error(`size: MISS: ${misses.map((kind) => kind.kind).join(', ')} (see above)`)
    process.exit(1)
  }
}
