import { describe, expect, it } from 'vitest'
import { anchorRow, movedIndex } from './row-anchor'

const list = (...ids: string[]) => ids.map((id) => ({ id }))

describe('movedIndex', () => {
  it('finds the same instance after rows were merged in before it', () => {
    expect(movedIndex(list('b', 'd'), list('a', 'b', 'c', 'd'), 1)).toBe(3)
  })

  it('answers at once when the instance kept its place', () => {
    expect(movedIndex(list('a', 'b'), list('a', 'b', 'c'), 1)).toBe(1)
  })

  it('is null when the instance is gone or the index was past the end', () => {
    expect(movedIndex(list('a', 'b'), list('a'), 1)).toBeNull()
    expect(movedIndex(list('a'), list('a'), 5)).toBeNull()
  })
})

describe('anchorRow', () => {
  it('holds the focused row first, then the row under the pointer', () => {
    expect(anchorRow(4, 9, 520, 52)).toBe(4)
    expect(anchorRow(null, 9, 520, 52)).toBe(9)
  })

  it('holds the first row in view when scrolled down, nothing at the top', () => {
    expect(anchorRow(null, null, 530, 52)).toBe(10)
    expect(anchorRow(null, null, 0, 52)).toBeNull()
  })
})
