import { beforeEach, describe, expect, it } from 'vitest'
import { notSentActivity, outcomeActivity, skippedActivity } from './activity-entries'
import { ACTIVITY_CAP, activityStore, logActivity } from './activity-log'
import { settledActivity } from './settled-activity'

const target = { id: 'notebook-1', name: 'llama' }

beforeEach(activityStore.reset)

describe('activity log', () => {
  it('appends entries in order with increasing numbers, and clears', () => {
    logActivity([outcomeActivity({ target, result: 'stopped' }, 1)])
    logActivity([skippedActivity({ ...target, reason: 'Already stopped' }, 2)])
    const log = activityStore.get()
    expect(log.map((entry) => entry.result)).toEqual([
      'Stop accepted by HPC-AI',
      'Skipped, not sent: Already stopped',
    ])
    expect(log[1]?.seq).toBeGreaterThan(log[0]?.seq ?? Infinity)
    activityStore.reset()
    expect(activityStore.get()).toEqual([])
  })

  it('keeps the latest entries only', () => {
    const many = Array.from({ length: ACTIVITY_CAP + 5 }, (_, at) => notSentActivity(target, at))
    logActivity(many)
    expect(activityStore.get()).toHaveLength(ACTIVITY_CAP)
    expect(activityStore.get()[0]?.at).toBe(5)
  })

  it('words each result with the server message where there is one', () => {
    const failed = outcomeActivity({ target, result: 'failed', message: 'HTTP 500: boom' }, 0)
    expect(failed).toMatchObject({
      name: 'llama',
      result: 'Stop failed: HTTP 500: boom',
      tone: 'danger',
    })
    const refused = outcomeActivity({ target, result: 'refused', message: 'login expired' }, 0)
    expect(refused.result).toBe('Stop refused, token expired: login expired')
    expect(settledActivity({ ...target, status: 'Stopped', timedOut: false }, 0).result).toBe(
      'Stopped (seen in the list)',
    )
    expect(settledActivity({ ...target, status: 'Stopping', timedOut: true }, 0).result).toMatch(
      /^Still Stopping 2 minutes after the stop/,
    )
    expect(settledActivity({ ...target, status: null, timedOut: false }, 0).result).toBe(
      'No longer in the list',
    )
  })
})
