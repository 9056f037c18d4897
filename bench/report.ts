/** The bench's table: one row per measure, its value, its budget, and pass or miss. */
export type Row = [measure: string, value: string, budget: string, verdict: string]

export class Report {
  readonly rows: Row[] = []

  /** A measure held to a budget. */
  check(measure: string, value: string, budget: string, pass: boolean): void {
    this.rows.push([measure, value, budget, pass ? 'pass' : 'MISS'])
  }

  /** A measure printed for information, with no budget. */
  info(measure: string, value: string, note = ''): void {
    this.rows.push([measure, value, note, ''])
  }

  get misses(): Row[] {
    return this.rows.filter((row) => row[3] === 'MISS')
  }

  print(): void {
    const header: Row = ['measure', 'value', 'budget', 'pass/miss']
    const widths = [0, 1, 2, 3].map((column) =>
      Math.max(...[header, ...this.rows].map((row) => row[column]?.length ?? 0)),
    )
    const line = (row: string[]) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd()
    console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`)
    for (const row of this.rows) console.log(line(row))
  }
}
