import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  BENCH_END,
  BENCH_START,
  escapeCell,
  renderBenchBlock,
  replaceBenchBlock,
  type BenchResults,
} from './readme-table.ts'

const results: BenchResults = {
  date: '2026-11-28T16:02:31.512Z',
  runs: 5,
  machine: {
    cpu: 'Test CPU @ 2.90GHz',
    cpus: 2,
    memoryGb: 7.8,
    node: 'v20.20.0',
    chromium: '142.0.1',
    loadAverage: { start: [1, 0.5, 0.25], end: [3.456, 2, 1] },
  },
  table: [
    ['Initial JS (gzip)', '119.1 kB, 7 files', '120 kB', 'pass'],
    ['Sort at 10,000 (Event Timing)', '<16 ms (<16–32, 5 runs)', '16 ms | 32 ms', 'MISS'],
    ['Initial CSS (gzip)', '7.0 kB', '', ''],
  ],
}
const readme = `# Title\n\n## Performance\n\nProse.\n\n${BENCH_START}\nold table\n${BENCH_END}\n\n## Next\n`

describe('renderBenchBlock', () => {
  const block = renderBenchBlock(results)

  it('starts and ends with the markers, prettier kept out', () => {
    expect(block.startsWith(`${BENCH_START}\n`)).toBe(true)
    expect(block.endsWith(`\n${BENCH_END}`)).toBe(true)
    expect(block).toContain('<!-- prettier-ignore-start -->')
  })

  it('names the machine, the load at start and end, and the date', () => {
    expect(block).toContain(
      'Machine: 2 × Test CPU @ 2.90GHz, 7.8 GB memory; Node v20.20.0, Chromium 142.0.1. ' +
        'Load average (1, 5, 15 min): 1.00, 0.50, 0.25 at the start, 3.46, 2.00, 1.00 at the end.',
    )
    expect(block).toContain('Date: 2026-11-28 16:02 UTC; 5 runs of each measure.')
    const bare = renderBenchBlock({ date: results.date, table: [], note: 'Size | only.' })
    expect(bare).toContain(
      'Machine: not recorded.\n\nDate: 2026-11-28 16:02 UTC.\n\nSize \\| only.\n',
    )
  })

  it('renders one aligned row per measure, | escaped, an empty cell as a dash', () => {
    const rows = block.split('\n').filter((line) => line.startsWith('|'))
    expect(rows).toHaveLength(5)
    expect(rows[0]).toMatch(/^\| measure +\| value +\| budget +\| pass\/miss \|$/)
    expect(rows[1]).toMatch(/^\| -+ \| -+ \| -+ \| -+ \|$/)
    expect(rows[3]).toContain('| 16 ms \\| 32 ms |')
    expect(rows[4]).toMatch(/^\| Initial CSS \(gzip\) +\| 7\.0 kB +\| — +\| — +\|$/)
    expect(new Set(rows.map((row) => row.length)).size).toBe(1)
  })
})

describe('escapeCell', () => {
  it('escapes | and \\, keeps "<16", and turns what could be a tag or a line break into text', () => {
    expect(escapeCell('a | b \\ c')).toBe('a \\| b \\\\ c')
    expect(escapeCell('<16 ms')).toBe('<16 ms')
    expect(escapeCell('<script> x')).toBe('&lt;script> x')
    expect(escapeCell('two\n  lines')).toBe('two lines')
  })
})

describe('replaceBenchBlock', () => {
  it('replaces the text between the markers, markers included, and nothing else', () => {
    const updated = replaceBenchBlock(readme, `${BENCH_START}\nnew\n${BENCH_END}`)
    expect(updated).toBe(
      `# Title\n\n## Performance\n\nProse.\n\n${BENCH_START}\nnew\n${BENCH_END}\n\n## Next\n`,
    )
    expect(replaceBenchBlock(updated, `${BENCH_START}\nnew\n${BENCH_END}`)).toBe(updated)
  })

  it('fails on a missing marker, a repeated one, or the end before the start', () => {
    const block = renderBenchBlock(results)
    expect(() => replaceBenchBlock(readme.replace(BENCH_START, ''), block)).toThrow(
      /no <!-- bench:start/,
    )
    expect(() => replaceBenchBlock(readme.replace(BENCH_END, ''), block)).toThrow(
      /no <!-- bench:end/,
    )
    expect(() => replaceBenchBlock(`${readme}${BENCH_END}\n`, block)).toThrow(/2 <!-- bench:end/)
    expect(() => replaceBenchBlock(`${BENCH_END}\n${BENCH_START}\n`, block)).toThrow(/before/)
  })
})

describe('README.md', () => {
  it('holds the table rendered from the committed bench/results.json (npm run bench:readme)', () => {
    const committed = JSON.parse(readFileSync('bench/results.json', 'utf8')) as BenchResults
    const current = readFileSync('README.md', 'utf8')
    expect(replaceBenchBlock(current, renderBenchBlock(committed))).toBe(current)
  })
})
