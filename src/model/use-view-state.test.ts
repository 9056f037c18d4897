// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useListViewState, useOpenInstance } from './use-view-state'

/** After the frame that shows a change is painted: when its history is written. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))

describe('the list view and the open instance', () => {
  afterEach(async () => {
    await painted()
    window.history.replaceState(null, '', '/')
  })

  it('opening, stepping and closing an instance re-render its reader, not the list view', () => {
    let listRenders = 0
    const list = renderHook(() => {
      listRenders++
      return useListViewState()
    })
    const open = renderHook(() => useOpenInstance())
    const [, update] = list.result.current
    act(() => update({ q: 'llama', sort: { id: 'gpu', desc: true } }))
    const view = list.result.current[0]
    expect(view.q).toBe('llama')
    const rendersBefore = listRenders
    act(() => update({ instance: 'notebook-1' }))
    expect(open.result.current).toBe('notebook-1')
    act(() => update({ instance: 'notebook-2' }, 'replace'))
    expect(open.result.current).toBe('notebook-2')
    act(() => update({ instance: null }))
    expect(open.result.current).toBeNull()
    expect(listRenders).toBe(rendersBefore)
    expect(list.result.current[0]).toBe(view)
    expect(view.instance).toBeNull()
    // The writer keeps what the list shows when it opens an instance, and the other way round.
    act(() => update({ instance: 'notebook-3' }))
    act(() => update({ q: 'qwen' }))
    expect(open.result.current).toBe('notebook-3')
    expect(list.result.current[0].q).toBe('qwen')
    expect(list.result.current[0].sort).toEqual({ id: 'gpu', desc: true })
    list.unmount()
    open.unmount()
  })
})
