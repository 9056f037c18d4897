import type { KindSize } from './classify-chunks.ts'

/** "assets/vendor-KCA6QJ2B.js" -> "vendor": the chunk's name without its hash. */
export const chunkName = (file: string) => file.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '')

/** The size check's table: a header, then per kind its size, budget, verdict and chunks. */
export function sizeLines(kinds: KindSize[]): string[] {
  const width = Math.max(4, ...kinds.map((kind) => kind.kind.length))
  const row = (cells: string[]) => cells.join('  ').trimEnd()
  const lines = [
    row(['kind'.padEnd(width), 'kB gzip', ' budget', 'pass/miss', 'files']),
    ...kinds.flatMap((kind) => [
      row([
        kind.kind.padEnd(width),
        kind.kb.toFixed(1).padStart(7),
        kind.budgetKb.toFixed(1).padStart(7),
        (kind.pass ? 'pass' : 'MISS').padEnd(9),
        `${kind.files.length}: ${kind.files.map(chunkName).join(', ')}`,
      ]),
      ...kind.problems.map((problem) => `  ${kind.kind}: ${problem}`),
      ...(kind.note ? [`  ${kind.kind}: ${kind.note}`] : []),
    ]),
  ]
  return lines
}
