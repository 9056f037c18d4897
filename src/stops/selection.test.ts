import { describe, expect, it } from 'vitest'
import { EMPTY_SELECTION, setSelected, toggleSelection, type SelectionState } from './selection'

const order = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }))
const ids = (state: SelectionState) => [...state.ids].sort()

describe('toggleSelection', () => {
  it('toggles one id and remembers it as the anchor', () => {
    const one = toggleSelection(EMPTY_SELECTION, 'b', false, order)
    expect(ids(one)).toEqual(['b'])
    expect(one.anchor).toBe('b')
    expect(ids(toggleSelection(one, 'b', false, order))).toEqual([])
  })

  it('selects the range from the anchor, in either direction', () => {
    const anchored = toggleSelection(EMPTY_SELECTION, 'b', false, order)
    expect(ids(toggleSelection(anchored, 'd', true, order))).toEqual(['b', 'c', 'd'])
    const fromD = toggleSelection(EMPTY_SELECTION, 'd', false, order)
    expect(ids(toggleSelection(fromD, 'a', true, order))).toEqual(['a', 'b', 'c', 'd'])
  })

  it('clears a range when the clicked row was selected', () => {
    let state = setSelected(EMPTY_SELECTION, ['a', 'b', 'c', 'd', 'e'], true)
    state = toggleSelection(state, 'b', false, order)
    state = toggleSelection(state, 'd', true, order)
    expect(ids(state)).toEqual(['a', 'e'])
  })

  it('follows the current order (after a sort), and is a plain toggle without an anchor in it', () => {
    const sorted = [...order].reverse()
    const anchored = toggleSelection(EMPTY_SELECTION, 'e', false, sorted)
    expect(ids(toggleSelection(anchored, 'c', true, sorted))).toEqual(['c', 'd', 'e'])
    const hidden = toggleSelection(EMPTY_SELECTION, 'x', false, order)
    expect(ids(toggleSelection(hidden, 'c', true, order))).toEqual(['c', 'x'])
  })
})

describe('setSelected', () => {
  it('adds or removes the given ids and keeps the others', () => {
    const state = setSelected(EMPTY_SELECTION, ['x'], true)
    expect(ids(setSelected(state, ['a', 'b'], true))).toEqual(['a', 'b', 'x'])
    expect(ids(setSelected(setSelected(state, ['a'], true), ['a', 'b'], false))).toEqual(['x'])
  })
})
