// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { instancesOf } from '../../testing/test-instances'
import { SelectAllHeader, SelectCell, type TableSelection } from './select-cells'

const instances = instancesOf({ id: 'a', name: 'alpha' }, { id: 'b', name: 'beta' })

function header(selected: string[]) {
  const selection: TableSelection = {
    selected: new Set(selected),
    toggle: vi.fn(),
    setMany: vi.fn(),
  }
  render(
    <table>
      <thead>
        <tr>
          <SelectAllHeader instances={instances} selection={selection} />
        </tr>
      </thead>
    </table>,
  )
  return { selection, box: screen.getByRole('checkbox', { name: 'Select all shown instances' }) }
}

describe('selection cells', () => {
  it('the header is mixed when some shown rows are selected, and selects all of them', () => {
    const { selection, box } = header(['a', 'elsewhere'])
    expect(box).not.toBeChecked()
    expect((box as HTMLInputElement).indeterminate).toBe(true)
    fireEvent.click(box)
    expect(selection.setMany).toHaveBeenCalledWith(['a', 'b'], true)
  })

  it('the header clears the shown rows when all are selected', () => {
    const { selection, box } = header(['a', 'b'])
    expect(box).toBeChecked()
    fireEvent.click(box)
    expect(selection.setMany).toHaveBeenCalledWith(['a', 'b'], false)
  })

  it("a row's checkbox toggles (Shift for a range) and never opens the row", () => {
    const onSelect = vi.fn()
    const onRowClick = vi.fn()
    render(
      <table>
        <tbody>
          <tr onClick={onRowClick}>
            <SelectCell id="a" name="alpha" selected={false} onSelect={onSelect} />
          </tr>
        </tbody>
      </table>,
    )
    const box = screen.getByRole('checkbox', { name: 'Select alpha' })
    expect(box).toHaveAttribute('tabindex', '-1')
    fireEvent.click(box, { shiftKey: true })
    expect(onSelect).toHaveBeenCalledWith('a', true)
    expect(onRowClick).not.toHaveBeenCalled()
  })
})
