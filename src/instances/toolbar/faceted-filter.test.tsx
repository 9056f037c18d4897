// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { instancesOf } from '../../testing/test-instances'
import { EMPTY_FILTERS, type Filters } from '../../model/view-state'
import { FacetedFilter } from './faceted-filter'

const fleet = instancesOf(
  { id: 'a', status: 'Running', region: 'us-east-1' },
  { id: 'b', status: 'Running', region: 'asia-sg-1' },
  { id: 'c', status: 'Stopped', region: 'us-east-1' },
  { id: 'd', status: 'Starting', region: 'us-east-1' },
)

function renderFacet(filters: Filters = EMPTY_FILTERS) {
  const onChange = vi.fn<(values: string[]) => void>()
  render(<FacetedFilter facet="status" instances={fleet} filters={filters} onChange={onChange} />)
  return { onChange, trigger: screen.getByRole('button', { name: 'Status' }) }
}

describe('a facet filter', () => {
  it('lists each value with its count among the instances the other filters leave', async () => {
    const { trigger } = renderFacet({ ...EMPTY_FILTERS, region: ['us-east-1'] })
    await userEvent.click(trigger)
    // The list loads on first use.
    expect(await screen.findByRole('checkbox', { name: 'Running' })).toHaveAccessibleDescription(
      '1 instance',
    )
    expect(screen.getByRole('checkbox', { name: 'Stopped' })).toHaveAccessibleDescription(
      '1 instance',
    )
  })

  it('is used from the keyboard: Enter opens, Space picks, Escape closes and returns focus', async () => {
    const { onChange, trigger } = renderFacet()
    trigger.focus()
    await userEvent.keyboard('{Enter}')
    expect(trigger).toHaveAttribute('aria-expanded', 'true')
    const running = await screen.findByRole('checkbox', { name: 'Running' })
    await waitFor(() => expect(running).toHaveFocus())
    await userEvent.keyboard(' ')
    expect(onChange).toHaveBeenLastCalledWith(['Running'])
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('checkbox', { name: 'Running' })).toBeNull()
    expect(trigger).toHaveFocus()
  })

  it('moves between options with the arrow keys, Home, End and by typing their names', async () => {
    const { trigger } = renderFacet()
    await userEvent.click(trigger)
    const option = (name: string) => screen.getByRole('checkbox', { name })
    await waitFor(() => expect(option('Running')).toHaveFocus())
    await userEvent.keyboard('{ArrowDown}')
    expect(option('Starting')).toHaveFocus()
    await userEvent.keyboard('{End}')
    expect(option('Stopped')).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}')
    expect(option('Running')).toHaveFocus()
    await userEvent.keyboard('{ArrowUp}')
    expect(option('Stopped')).toHaveFocus()
    await userEvent.keyboard('{Home}')
    await userEvent.keyboard('sto')
    expect(option('Stopped')).toHaveFocus()
  })

  it('says how many values are picked and offers to clear them', async () => {
    const { onChange, trigger } = renderFacet({ ...EMPTY_FILTERS, status: ['Stopped'] })
    expect(trigger).toHaveAccessibleDescription('1 selected')
    await userEvent.click(trigger)
    expect(await screen.findByRole('checkbox', { name: 'Stopped' })).toBeChecked()
    await userEvent.click(screen.getByRole('button', { name: 'Clear status filter' }))
    expect(onChange).toHaveBeenLastCalledWith([])
  })
})
