import { describe, expect, it } from 'vitest'
import type { BatchResult } from './stop-batch'
import { batchHeadline, expiryNotice, listNames, stopLabel } from './stop-messages'

const t = (name: string) => ({ id: `notebook-${name}`, name })
const empty: BatchResult = { stopped: [], failed: [], refused: [], notSent: [], authMessage: null }

describe('stop messages', () => {
  it('lists names, then how many more', () => {
    expect(listNames([t('a')])).toBe('a')
    expect(listNames([t('a'), t('b'), t('c')])).toBe('a, b and c')
    expect(listNames([t('a'), t('b'), t('c')], 2)).toBe('a, b and 1 more')
    expect(listNames([{ id: 'notebook-x', name: '' }])).toBe('notebook-x')
  })

  it('labels the stop button in the singular for one', () => {
    expect(stopLabel(1)).toBe('Stop 1 instance')
    expect(stopLabel(3)).toBe('Stop 3 instances')
  })

  it('announces the outcome as the rows show it: requested, then the status a list shows', () => {
    const two = { ...empty, stopped: [t('a'), t('b')] }
    expect(batchHeadline(two)).toBe('2 stops requested')
    expect(batchHeadline({ ...empty, stopped: [t('a')] })).toBe('1 stop requested')
    expect(
      batchHeadline({ ...two, failed: [{ target: t('c'), message: 'x' }] }, () => 'Stopped'),
    ).toBe('2 stopped, 1 failed')
    const shown: Record<string, string | null> = {
      'notebook-a': 'Stop requested',
      'notebook-b': 'Stopping',
      'notebook-c': null,
    }
    expect(
      batchHeadline({ ...empty, stopped: [t('a'), t('b'), t('c')] }, (id) => shown[id] ?? null),
    ).toBe('1 stop requested, 1 stopping, 1 no longer listed')
    expect(batchHeadline({ ...empty, notSent: [t('a')] })).toBe('1 not sent')
  })

  it('names what was and was not sent when the token expired mid-batch', () => {
    const notice = expiryNotice({
      ...empty,
      stopped: [t('a')],
      refused: [t('b')],
      notSent: [t('c'), t('d')],
      authMessage: 'Not logged in or login expired, please log in again',
    })
    expect(notice).toBe(
      'HPC-AI refused the token while stopping instances: Not logged in or login expired, please log in again. ' +
        'Stop accepted for a. Sent but refused with the token: b. Not sent: c and d. ' +
        'Sign in again to stop the rest: they stay selected.',
    )
  })
})
