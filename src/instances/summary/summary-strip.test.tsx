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

describe('the summary strip while pages arrive', () => {
  it('marks every figure "so far", in the text seen and the name heard, which starts with it', () => {
    render(
      <SummaryStrip
        summary={summarize(fleet, new Set(['d']))}
        update={vi.fn<UpdateView>()}
        partial="4 of 10,000 loaded"
      />,
    )
    const figures = screen
      .getAllByRole('button')
      .filter((button) => !button.hasAttribute('aria-controls'))
    expect(figures).toHaveLength(8)
    for (const figure of figures) {
      expect(figure).toHaveTextContent(/^\S+ so far/)
      // WCAG 2.5.3: the accessible name starts with the visible text.
      const seen = figure.textContent.replace(/\s+/g, ' ').split(' so far')[0] ?? ''
      const escaped = seen.replace(/[$.]/g, '\\$&')
      expect(figure).toHaveAccessibleName(new RegExp(`^${escaped} so far `))
      expect(figure).toHaveAccessibleDescription('Figures so far: 4 of 10,000 loaded')
    }
    expect(screen.getByRole('button', { name: /^\$[\d.,]+\/h so far Spend/ })).toBeEnabled()
  })

  it('names a figure not loaded yet by its label first', () => {
    render(<SummaryStrip summary={summarize([])} update={vi.fn<UpdateView>()} loading />)
    expect(screen.getByRole('button', { name: 'Running not loaded yet' })).toBeDisabled()
    expect(screen.queryByText(/so far/)).toBeNull()
  })
})
