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

  it("a row's checkbox is named by its instance, toggles its row (Shift for a range) and never opens it", () => {
    const onSelect = vi.fn()
    const onRowClick = vi.fn()
    render(
      <table>
        <tbody>
          <tr onClick={onRowClick}>
            <SelectCell rowIndex={3} name="alpha" selected={false} onToggle={onSelect} />
          </tr>
        </tbody>
      </table>,
    )
    const box = screen.getByRole('checkbox', { name: 'Select alpha' })
    expect(box).toHaveAttribute('tabindex', '-1')
    fireEvent.click(box, { shiftKey: true })
    expect(onSelect).toHaveBeenCalledWith(3, true)
    expect(onRowClick).not.toHaveBeenCalled()
  })

  it("a row's checkbox takes the name of the instance that takes the row (a sort, a filter)", () => {
    const row = (name: string) => (
      <table>
        <tbody>
          <tr>
            <SelectCell rowIndex={0} name={name} selected={false} onToggle={vi.fn()} />
          </tr>
        </tbody>
      </table>
    )
    const { rerender } = render(row('alpha'))
    expect(screen.getByRole('checkbox', { name: 'Select alpha' })).toBeInTheDocument()
    rerender(row('beta'))
    expect(screen.getByRole('checkbox', { name: 'Select beta' })).toBeInTheDocument()
  })
})
