/**
 * `npm run bench`: builds the app, serves it through the real proxy against the simulator, drives
 * Chromium, and prints each figure beside its budget (also written to bench/results.json).
 * Timing budgets live here, not in `npm test`: these machines are noisy.
 */
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts'
import { DEFAULT_PAGE_SIZE } from '../src/api/paging.ts'
import { startDemo } from '../scripts/start-demo.ts'
import { measureInteractions } from './interaction.ts'
import { measureLoad, type LoadScenario } from './load.ts'
import { INITIAL_JS_BUDGET_KB, measureSize } from './size.ts'
import { formatStat } from './stats.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const INTERACTION_BUDGET_MS = 50
const LOAD_RATIO_BUDGET = 1.2
const ROWS_BUDGET = 100
const HEAP_BUDGET_MB = 80

const LOAD_SCENARIOS: LoadScenario[] = [
  ...[100, 1_000, 10_000].flatMap((instances) =>
    [20, 50].map((pageCap) => ({ instances, pageCap, latencyMs: 150 })),
  ),
  { instances: 1_000, pageCap: 50, latencyMs: 200 }, // DESIGN.md: 20 pages at 200 ms, about 1 s
]

const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET')
const rows: [string, string, string, string][] = []
const add = (what: string, result: string, budget: string, ok: boolean) =>
  rows.push([what, result, budget, verdict(ok)])

console.log('bench: building the app…')
execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
const size = measureSize()
add(
  'Initial JS (gzip)',
  `${size.initialJsKb.toFixed(1)} kB`,
  `${INITIAL_JS_BUDGET_KB} kB`,
  size.initialJsKb <= INITIAL_JS_BUDGET_KB,
)
add('Initial CSS (gzip)', `${size.initialCssKb.toFixed(1)} kB`, '-', true)
for (const chunk of size.lazyChunks)
  add(`Lazy chunk ${chunk.file}`, `${chunk.kb.toFixed(1)} kB`, 'not in first paint', true)

const demo = await startDemo({ preview: true, simPort: 0, sim: { demo: false } })
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS, size }
try {
  // One unmeasured load first: the browser, the proxy and the JIT all start cold.
  await measureLoad(
    browser,
    demo.appUrl,
    demo.simulator,
    { instances: 1_000, pageCap: 50, latencyMs: 0 },
    1,
  )
  const loads = []
  for (const scenario of LOAD_SCENARIOS) {
    const result = await measureLoad(browser, demo.appUrl, demo.simulator, scenario, RUNS)
    loads.push(result)
    console.log(
      `bench: load ${scenario.instances} / cap ${scenario.pageCap} / ${scenario.latencyMs} ms: ${formatStat(result.time, 'ms')}`,
    )
    add(
      `Load ${scenario.instances.toLocaleString('en-US')}, ${result.pages} pages of ${Math.min(DEFAULT_PAGE_SIZE, scenario.pageCap)}, ${scenario.latencyMs} ms`,
      `${formatStat(result.time, 'ms')} = ${result.ratio.toFixed(2)}x limit`,
      `limit ${result.limitMs} ms x ${LOAD_RATIO_BUDGET} (sequential ${result.sequentialMs} ms)`,
      result.ratio <= LOAD_RATIO_BUDGET,
    )
  }
  results.load = loads

  const interaction = await measureInteractions(browser, demo.appUrl, demo.simulator, 10_000, RUNS)
  results.interaction = interaction
  const fast = (what: string, value: typeof interaction.sort) =>
    add(
      `${what} at 10,000 (Event Timing)`,
      value.median === 0 ? 'under 16 ms (below threshold)' : formatStat(value, 'ms'),
      `${INTERACTION_BUDGET_MS} ms`,
      value.median <= INTERACTION_BUDGET_MS,
    )
  fast('Sort', interaction.sort)
  fast('Search keystroke', interaction.searchKeystroke)
  fast('Facet toggle', interaction.facetToggle)
  add(
    'Search: last key to results',
    formatStat(interaction.searchResultsMs, 'ms'),
    'info (200 ms debounce)',
    true,
  )
  add(
    'Rows in the DOM at 10,000',
    `${interaction.rowsInDom} rows (${interaction.trInDom} tr)`,
    `< ${ROWS_BUDGET}`,
    interaction.trInDom < ROWS_BUDGET,
  )
  add(
    'JS heap at 10,000',
    formatStat(interaction.heapMb, 'MB', 1),
    `${HEAP_BUDGET_MB} MB`,
    interaction.heapMb.median <= HEAP_BUDGET_MB,
  )
  add(
    'Refresh of 10,000 unchanged: rows re-rendered',
    formatStat(interaction.refreshRowRenders, 'rows'),
    '0 (not every row)',
    interaction.refreshRowRenders.median === 0,
  )
  add(
    'Refresh of 10,000 unchanged: long tasks',
    formatStat(interaction.refreshLongTasksMs, 'ms'),
    'info',
    true,
  )
  add(
    'Refresh of 10,000 unchanged: duration',
    formatStat(interaction.refreshMs, 'ms'),
    'info (100 pages)',
    true,
  )
} finally {
  await browser.close()
  await demo.close()
}

const widths = [0, 1, 2, 3].map((column) =>
  Math.max(
    ...[['measure', 'result', 'budget', ''], ...rows].map((row) => row[column]?.length ?? 0),
  ),
)
const line = (row: string[]) =>
  row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')
console.log(
  `\n${line(['measure', 'result', 'budget', ''])}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`,
)
for (const row of rows) console.log(line(row))
results.table = rows
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
console.log('\nbench: written to bench/results.json')
process.exit(rows.some((row) => row[3] !== 'ok') ? 1 : 0)
