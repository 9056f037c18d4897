// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ChangesPanel } from './changes-panel'
import type { ChangeLog } from './use-change-log'

function log(patch: Partial<ChangeLog> = {}): ChangeLog {
  return {
    entries: [
      { kind: 'status', id: 'n-2', name: 'newer', from: 'Starting', to: 'Running', at: 2000 },
      { kind: 'new', id: 'n-1', name: 'older', status: 'Starting', at: 1000 },
    ],
    batch: [],
    unseen: 2,
    markSeen: vi.fn(),
    notify: false,
    setNotify: vi.fn(),
    ...patch,
  }
}

describe('the Changes panel', () => {
  it('is a log of changes, newest first, each a link that opens its instance', async () => {
    const onOpen = vi.fn()
    const changes = log()
    render(
      <ChangesPanel
        log={changes}
        instanceHref={(id) => `?instance=${id}`}
        onOpenInstance={onOpen}
      />,
    )
    const entries = screen.getAllByRole('listitem')
    expect(entries[0]).toHaveTextContent('newerStarting → Running')
    expect(entries[1]).toHaveTextContent('olderNew, Starting')
    const link = screen.getByRole('link', { name: 'newer' })
    expect(link).toHaveAttribute('href', '?instance=n-2')
    await userEvent.click(link)
    expect(onOpen).toHaveBeenCalledWith('n-2')
    expect(changes.markSeen).toHaveBeenCalled()
    expect(screen.getByRole('log', { name: 'Changes' })).toBeInTheDocument()
  })

  it('asks for notification permission only when they are turned on', async () => {
    const requestPermission = vi.fn(() => Promise.resolve('granted' as NotificationPermission))
    vi.stubGlobal('Notification', { permission: 'default', requestPermission })
    const changes = log()
    render(<ChangesPanel log={changes} instanceHref={() => '?'} onOpenInstance={vi.fn()} />)
    expect(requestPermission).not.toHaveBeenCalled()
    const notify = screen.getByRole('checkbox', {
      name: 'Notify me of changes to Running or failed',
    })
    expect(notify).toHaveAccessibleDescription(/^Desktop notifications with the instance name/)
    await userEvent.click(notify)
    expect(requestPermission).toHaveBeenCalledOnce()
    expect(changes.setNotify).toHaveBeenLastCalledWith(true)
    vi.unstubAllGlobals()
  })
})
