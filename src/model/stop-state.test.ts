import { describe, expect, it } from 'vitest'
import { shownStatus, STOP_REQUESTED } from './stop-state'

const running = { status: 'Running', statusGroup: 'running' as const }

describe('shownStatus: one name for a stop in progress', () => {
  it('reads "Stop requested" while the stop is pending, whatever the list still says', () => {
    expect(shownStatus(running, { pending: true })).toMatchObject({
      label: STOP_REQUESTED,
      group: 'transitional',
    })
    expect(shownStatus(running, { pending: true }).description).toContain('it reads Running')
  })

  it('reads the status the list shows once it shows one', () => {
    expect(shownStatus({ status: 'Stopping', statusGroup: 'transitional' })).toEqual({
      label: 'Stopping',
      group: 'transitional',
      description: null,
    })
    expect(shownStatus({ status: '', statusGroup: 'unknown' }).label).toBe('Unknown')
  })

  it('says why a row is shown outside the filters', () => {
    const kept = shownStatus({ status: 'Stopped', statusGroup: 'stopped' }, { kept: true })
    expect(kept.label).toBe('Stopped')
    expect(kept.description).toMatch(/until you dismiss the stop outcome/)
  })
})
