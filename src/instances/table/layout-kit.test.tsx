// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { instancesOf } from '../../testing/test-instances'
import { createLayoutKit } from './layout-kit'
import { LAYOUT_DEPS } from './use-layout-kit'

const kit = createLayoutKit(LAYOUT_DEPS)
const [alpha] = instancesOf({
  id: 'a',
  name: 'alpha',
  gpu: { amount: 2, type: 'H100-80GB-SXM' },
  region: 'eu-north-1',
  price: 2.5,
  rootUsed: 40,
})

function card(props: Partial<Parameters<typeof kit.InstanceCard>[0]> = {}) {
  if (!alpha) throw new Error('no instance')
  const handlers = { onOpen: vi.fn(), onActivate: vi.fn(), onSelect: vi.fn() }
  render(
    <table>
      <tbody>
        <kit.InstanceCard
          instance={alpha}
          columns={[]}
          rowIndex={3}
          now={0}
          active
          {...handlers}
          {...props}
        />
      </tbody>
    </table>,
  )
  return handlers
}

describe('the phone card', () => {
  it('shows the name, price, status with health, GPU, region and disk of an instance', () => {
    card()
    const row = screen.getByRole('row')
    expect(row).toHaveAttribute('data-row-index', '3')
    expect(row).toHaveAttribute('tabindex', '0')
    for (const text of [
      'alpha',
      '$2.50 / hour',
      'Running',
      '2 × H100-80GB-SXM',
      'eu-north-1',
      '40%',
    ])
      expect(row).toHaveTextContent(text)
  })

  it('opens on a click, and its checkbox selects without opening', () => {
    const handlers = card()
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select alpha' }))
    expect(handlers.onSelect).toHaveBeenCalledWith('a', false)
    expect(handlers.onOpen).not.toHaveBeenCalled()
    fireEvent.click(screen.getByText('alpha'))
    expect(handlers.onActivate).toHaveBeenCalledWith(3)
    expect(handlers.onOpen).toHaveBeenCalledWith('a')
  })

  it('says a requested stop instead of the status', () => {
    card({ pending: true })
    expect(screen.getByRole('row')).toHaveTextContent('Stop requested')
  })
})

describe('the phone sort header', () => {
  function header(sort: { id: 'status' | 'price'; desc: boolean }) {
    const onSortChange = vi.fn()
    render(
      <table>
        <thead>
          <kit.PhoneHeader instances={[]} sort={sort} onSortChange={onSortChange} />
        </thead>
      </table>,
    )
    return onSortChange
  }

  it('sorts by a chosen column, in its first direction, as its header would', () => {
    const onSortChange = header({ id: 'status', desc: false })
    const select = screen.getByRole('combobox', { name: 'Sort by' })
    expect(select).toHaveValue('status')
    fireEvent.change(select, { target: { value: 'price' } })
    expect(onSortChange).toHaveBeenLastCalledWith({ id: 'price', desc: true })
    fireEvent.change(select, { target: { value: 'name' } })
    expect(onSortChange).toHaveBeenLastCalledWith({ id: 'name', desc: false })
  })

  it('reverses the order', () => {
    const onSortChange = header({ id: 'price', desc: true })
    fireEvent.click(screen.getByRole('button', { name: 'Descending' }))
    expect(onSortChange).toHaveBeenCalledWith({ id: 'price', desc: false })
  })
})

describe('watchScrollEdges', () => {
  it('marks the frame while columns are hidden to the right and once scrolled, and stops', () => {
    const scroller = document.createElement('div')
    const frame = document.createElement('div')
    const size = { scrollLeft: 0, clientWidth: 500, scrollWidth: 800, offsetWidth: 515 }
    for (const key of Object.keys(size) as (keyof typeof size)[])
      Object.defineProperty(scroller, key, { get: () => size[key] })
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    )
    const stop = kit.watchScrollEdges(scroller, frame)
    expect(frame.hasAttribute('data-more-right')).toBe(true)
    expect(frame.hasAttribute('data-scrolled-x')).toBe(false)
    expect(frame.style.getPropertyValue('--scrollbar-y')).toBe('15px')
    size.scrollLeft = 300
    scroller.dispatchEvent(new Event('scroll'))
    expect(frame.hasAttribute('data-more-right')).toBe(false)
    expect(frame.hasAttribute('data-scrolled-x')).toBe(true)
    stop()
    size.scrollLeft = 0
    scroller.dispatchEvent(new Event('scroll'))
    expect(frame.hasAttribute('data-scrolled-x')).toBe(true)
    vi.unstubAllGlobals()
  })
})
