// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { summarize } from '../../model/summary'
import type { UpdateView } from '../../model/use-view-state'
import { EMPTY_FILTERS } from '../../model/view-state'
import { instancesOf } from '../../testing/test-instances'
import { SummaryStrip } from './summary-strip'

const fleet = instancesOf(
  { id: 'a', status: 'Running', gpu: { amount: 2, type: 'H100' } },
  { id: 'b', status: 'Stopped' },
  { id: 'c', status: 'Archived' },
  { id: 'd', status: 'StartingFailed', healthy: false },
)

function renderStrip() {
  const update = vi.fn<UpdateView>()
  render(<SummaryStrip summary={summarize(fleet, new Set(['d']))} update={update} />)
  return update
}

describe('the summary strip', () => {
  it('shows which statuses each figure groups, as text', () => {
    renderStrip()
    const stopped = screen.getByRole('button', { name: /^2 Stopped/ })
    expect(stopped).toHaveTextContent('Archived, Stopped')
    expect(screen.getByRole('button', { name: /GPUs running/ })).toHaveTextContent(
      'on 1 running instance',
    )
  })

  it('applies exactly the filter a figure counts', async () => {
    const update = renderStrip()
    await userEvent.click(screen.getByRole('button', { name: /^2 Stopped/ }))
    expect(update).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, status: ['Archived', 'Stopped'] })
    await userEvent.click(screen.getByRole('button', { name: /^1 Needs attention/ }))
    expect(update).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, attention: ['yes'] })
  })

  it('does not offer a filter for a figure of zero (it would show everything)', () => {
    renderStrip()
    expect(screen.getByRole('button', { name: /^0 In transition/ })).toBeDisabled()
  })
})
