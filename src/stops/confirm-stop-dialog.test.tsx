// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { instancesOf } from '../testing/test-instances'
import { ConfirmStopDialog } from './confirm-stop-dialog'

const running = instancesOf(
  ...Array.from({ length: 23 }, (_, index) => ({
    id: `run-${index}`,
    name: `run-${index}`,
    price: 2,
  })),
)
const others = instancesOf(
  { id: 'stopped', name: 'stopped-one', status: 'Stopped' },
  { id: 'month', name: 'monthly', status: 'Running', price: 720, chargeMode: 'perMonth' },
)
const all = [...running, ...others]

function open(ids: string[], onConfirm = vi.fn(), onClose = vi.fn()) {
  render(
    <ConfirmStopDialog
      ids={ids}
      all={all}
      shown={new Set(ids.slice(1))}
      pending={new Set()}
      progress={null}
      onConfirm={onConfirm}
      onClose={onClose}
    />,
  )
  return { onConfirm, onClose, dialog: screen.getByRole('alertdialog') }
}

describe('ConfirmStopDialog', () => {
  it('names the first 20, then how many more, with the price and what is not known', () => {
    const { dialog } = open(all.map((instance) => instance.id))
    expect(dialog).toHaveAccessibleName('Stop 24 instances?')
    expect(screen.getAllByRole('listitem')).toHaveLength(20)
    expect(dialog).toHaveTextContent('and 4 more')
    // 23 × $2/h and $720 a month as $1/h.
    expect(dialog).toHaveTextContent('Listed price of what you stop: $47.00/h')
    expect(dialog).toHaveTextContent('1 is billed by the period (1 per month)')
    expect(dialog).toHaveTextContent('not documented by HPC-AI')
    expect(dialog).toHaveTextContent('Skipped, not sent (1): stopped-one (already stopped)')
    expect(dialog).toHaveTextContent('1 of them is not shown by the filters')
  })

  it('speaks of one instance in the singular, never "each of these 1 instance"', () => {
    const { dialog } = open(['run-0'])
    expect(dialog).toHaveAccessibleName('Stop 1 instance?')
    expect(dialog).toHaveTextContent('A stop request is sent once for this instance')
    expect(dialog).not.toHaveTextContent(/these 1 instance|1 instances/)
    expect(screen.getByRole('button', { name: 'Stop 1 instance' })).toBeInTheDocument()
  })

  it('focuses Cancel first; Cancel sends nothing', () => {
    const { onConfirm, onClose } = open(['run-0'])
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onClose).toHaveBeenCalledOnce()
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('confirms once, however many clicks, with what it listed', () => {
    const { onConfirm } = open(['run-0', 'run-1', 'stopped'])
    const confirm = screen.getByRole('button', { name: 'Stop 2 instances' })
    fireEvent.click(confirm)
    fireEvent.click(confirm)
    fireEvent.click(confirm)
    expect(onConfirm).toHaveBeenCalledOnce()
    const [send, skipped] = onConfirm.mock.calls[0] as [{ id: string }[], { id: string }[]]
    expect(send.map((instance) => instance.id)).toEqual(['run-0', 'run-1'])
    expect(skipped.map((skip) => skip.id)).toEqual(['stopped'])
    expect(confirm).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument()
  })

  it('cannot confirm when nothing can be stopped', () => {
    const { onConfirm, dialog } = open(['stopped'])
    expect(dialog).toHaveAccessibleName('Nothing to stop')
    fireEvent.click(screen.getByRole('button', { name: 'Stop 0 instances' }))
    expect(onConfirm).not.toHaveBeenCalled()
  })
})
