export interface Stat {
  median: number
  min: number
  max: number
  runs: number
}

export function stat(values: number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, runs: values.length }
}

/** "812 ms (790–860, 3 runs)" */
export function formatStat(value: Stat, unit: string, digits = 0): string {
  const f = (n: number) => n.toFixed(digits)
  return `${f(value.median)} ${unit} (${f(value.min)}–${f(value.max)}, ${value.runs} runs)`
}
