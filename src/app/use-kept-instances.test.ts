// @vitest-environment jsdom
import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { instancesOf } from '../testing/test-instances'
import type { StopsState } from '../stops/stops-store'
import { useKeptInstances } from './use-kept-instances'

const before = instancesOf({ id: 'a', status: 'Running' }, { id: 'b', status: 'Running' })
const after = instancesOf({ id: 'a', status: 'Stopped' }, { id: 'b', status: 'Running' })
const target = (id: string) => ({ id, name: id })
const sending = { targets: [target('a')], skipped: [], answered: 0, result: null }
const done = {
  ...sending,
  answered: 1,
  result: { stopped: [target('a')], failed: [], refused: [], notSent: [], authMessage: null },
}

describe('useKeptInstances', () => {
  it('keeps what is sent, then what was accepted, as it was when sent, until dismissed', () => {
    const { result, rerender } = renderHook(
      ({ all, batch }: { all: typeof before; batch: StopsState['batch'] }) =>
        useKeptInstances(all, batch),
      { initialProps: { all: before, batch: null as StopsState['batch'] } },
    )
    expect(result.current.size).toBe(0)
    rerender({ all: before, batch: sending })
    expect(result.current.get('a')?.status).toBe('Running')
    // The list now shows it Stopped: what is kept is still the instance as it was.
    rerender({ all: after, batch: done })
    expect([...result.current.keys()]).toEqual(['a'])
    expect(result.current.get('a')?.status).toBe('Running')
    rerender({ all: after, batch: null })
    expect(result.current.size).toBe(0)
  })
})
