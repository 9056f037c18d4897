/**
 * The size budget, from the build in dist/: the JS and CSS the first paint needs (index.html's
 * entry and the chunks it preloads), gzipped, and every lazy chunk beside it.
 * `tsx bench/size.ts --check` exits 1 when the budget is missed (part of `npm test`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const INITIAL_JS_BUDGET_KB = 120

export interface SizeReport {
  initialJsKb: number
  initialCssKb: number
  lazyChunks: { file: string; kb: number }[]
}

const gzipKb = (path: string) => gzipSync(readFileSync(path)).length / 1024

export function measureSize(dist = 'dist'): SizeReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
      (match) => match[1] ?? '',
    ),
  )
  const sum = (ext: string) =>
    [...initial]
      .filter((file) => file.endsWith(ext))
      .reduce((total, file) => total + gzipKb(join(dist, file)), 0)
  const lazyChunks = readdirSync(join(dist, 'assets'))
    .filter((file) => file.endsWith('.js') && !initial.has(`assets/${file}`))
    .map((file) => ({ file, kb: gzipKb(join(dist, 'assets', file)) }))
  return { initialJsKb: sum('.js'), initialCssKb: sum('.css'), lazyChunks }
}

if (process.argv.includes('--check')) {
  const report = measureSize()
  const lazy = report.lazyChunks
    .map((chunk) => `${chunk.file} ${chunk.kb.toFixed(1)} kB`)
    .join(', ')
  console.log(
    `size: initial JS ${report.initialJsKb.toFixed(1)} kB gzip (budget ${INITIAL_JS_BUDGET_KB} kB), CSS ${report.initialCssKb.toFixed(1)} kB; lazy: ${lazy || 'none'}`,
  )
  if (report.initialJsKb > INITIAL_JS_BUDGET_KB) {
    console.error(
      `size: initial JS is over budget by ${(report.initialJsKb - INITIAL_JS_BUDGET_KB).toFixed(1)} kB`,
    )
    process.exit(1)
  }
  if (report.lazyChunks.length === 0) {
    console.error('size: no lazy chunk: the drawer should be split from the first paint')
    process.exit(1)
  }
}
