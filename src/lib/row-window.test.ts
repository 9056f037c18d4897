import { describe, expect, it } from 'vitest'
import { rowWindow, scrollTopFor } from './row-window'

describe('rowWindow', () => {
  it('renders the rows in view and the overscan around them, within the list', () => {
    expect(rowWindow(0, 520, 10_000, 52, 5)).toEqual({ start: 0, end: 15 })
    expect(rowWindow(5_200, 520, 10_000, 52, 5)).toEqual({ start: 95, end: 115 })
    expect(rowWindow(520_000, 520, 10_000, 52, 5)).toEqual({ start: 9_995, end: 10_000 })
  })

  it('copes with empty lists, negative overscroll and a viewport not yet measured', () => {
    expect(rowWindow(0, 520, 0, 52, 5)).toEqual({ start: 0, end: 0 })
    expect(rowWindow(-80, 520, 3, 52, 5)).toEqual({ start: 0, end: 3 })
    expect(rowWindow(0, 0, 100, 52, 5)).toEqual({ start: 0, end: 5 })
  })
})

describe('scrollTopFor', () => {
  // Rows start under a 40 px sticky header; the viewport is 400 px tall.
  it('scrolls up to a row above the view, and down just enough for a row below it', () => {
    expect(scrollTopFor(2, 520, 400, 52, 40)).toBe(104)
    expect(scrollTopFor(20, 0, 400, 52, 40)).toBe(21 * 52 + 40 - 400)
  })

  it('leaves a row already in view where it is', () => {
    expect(scrollTopFor(3, 0, 400, 52, 40)).toBeNull()
  })
})
