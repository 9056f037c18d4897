import { cpus, loadavg, totalmem } from 'node:os'

/** The machine a bench ran on, as bench/results.json records it. */
export interface Machine {
  cpu: string
  cpus: number
  memoryGb: number
  node: string
  chromium: string
  /** os.loadavg(): 1, 5 and 15 minutes. */
  loadAverage: { start: number[]; end: number[] }
}

/**
 * The machine now; `loadAverage.end` is read when the object is serialised (a getter), so that
 * results written at the end of a run carry the load at its start and at its end.
 */
export function describeMachine(chromium: string): Machine {
  const start = loadavg()
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cpus: cpus().length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium,
    loadAverage: {
      start,
      get end() {
        return loadavg()
      },
    },
  }
}
