import { describe, expect, it } from 'vitest'
import { parseSimArgs } from './cli-options.ts'
import { SIM_DEFAULTS } from './defaults.ts'
import { DEFAULT_SIM_OPTIONS } from './options.ts'

describe('parseSimArgs', () => {
  it('gives the shared defaults when nothing is passed', () => {
    expect(parseSimArgs([])).toEqual({ port: SIM_DEFAULTS.port, options: DEFAULT_SIM_OPTIONS })
    expect(DEFAULT_SIM_OPTIONS).toMatchObject({
      instances: SIM_DEFAULTS.instances,
      seed: SIM_DEFAULTS.seed,
      stopMs: SIM_DEFAULTS.stopMs,
    })
  })

  it('reads --stop-ms and the other numbers, and refuses what is not a whole number', () => {
    const { port, options } = parseSimArgs(['--port', '9201', '--stop-ms', '250', '--demo'])
    expect(port).toBe(9201)
    expect(options).toMatchObject({ stopMs: 250, demo: true, instances: SIM_DEFAULTS.instances })
    expect(() => parseSimArgs(['--stop-ms', '-1'])).toThrow(/--stop-ms/)
    expect(() => parseSimArgs(['--stop-ms', 'soon'])).toThrow(/--stop-ms/)
  })

  it('reads --page-cap-mode and refuses a mode it does not know', () => {
    const { options } = parseSimArgs(['--page-cap', '100', '--page-cap-mode', 'silent'])
    expect(options).toMatchObject({ pageCap: 100, pageCapMode: 'silent' })
    expect(parseSimArgs([]).options.pageCapMode).toBe('report')
    expect(() => parseSimArgs(['--page-cap-mode', 'lie'])).toThrow(/--page-cap-mode/)
  })
})
