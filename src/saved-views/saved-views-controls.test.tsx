// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EMPTY_MEMORY, memoryStore } from '../model/memory-store'
import { SavedViewsControls } from './saved-views-controls'
import { currentViews } from './saved-views-storage'

beforeEach(() => memoryStore.set({ ...EMPTY_MEMORY, status: 'ready' }))

afterEach(() => {
  memoryStore.reset()
  window.history.replaceState(null, '', '/')
})

describe('Save view and the Views menu', () => {
  it('name the view on screen, list it as a menu item and open it again', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?status=Running&gpu=H100&instance=notebook-1')
    render(<SavedViewsControls />)

    await user.click(screen.getByRole('button', { name: 'Save view' }))
    const dialog = await screen.findByRole('dialog', { name: 'Save view' })
    expect(dialog).toHaveTextContent('Status: Running · GPU type: H100')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Give the view a name.')
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'H100 running{Enter}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(currentViews()).toEqual([{ name: 'H100 running', search: '?status=Running&gpu=H100' }])
    expect(screen.getByRole('status')).toHaveTextContent('View “H100 running” saved.')

    window.history.replaceState(null, '', '/?q=other')
    await user.click(screen.getByRole('button', { name: 'Views' }))
    const menu = screen.getByRole('menu', { name: 'Views' })
    const open = await within(menu).findByRole('menuitem', { name: 'H100 running' })
    expect(open).toHaveFocus()
    expect(open).toHaveAccessibleDescription('Status: Running · GPU type: H100')
    const group = within(menu).getByRole('group', { name: 'H100 running' })
    expect(
      within(group)
        .getAllByRole('menuitem')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual([
      'H100 running',
      'Rename H100 running',
      'Copy link to H100 running',
      'Delete H100 running',
    ])
    await user.keyboard('{ArrowDown}')
    expect(within(menu).getByRole('menuitem', { name: 'Rename H100 running' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(screen.getByRole('button', { name: 'Views' })).toHaveFocus()

    await user.keyboard('{Enter}')
    await user.click(await screen.findByRole('menuitem', { name: 'H100 running' }))
    await waitFor(() => expect(window.location.search).toBe('?status=Running&gpu=H100'))
  })

  it('Copy link copies the view on screen, without the open instance, and says so', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?q=llama&status=Running&instance=notebook-1&junk=1')
    render(<SavedViewsControls />)
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied')
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/?q=llama&status=Running`,
    )
  })

  it('renames and deletes a saved view', async () => {
    const user = userEvent.setup()
    // As read from the device: an entry another version wrote keeps only what a view is.
    memoryStore.set({
      ...EMPTY_MEMORY,
      status: 'ready',
      views: [{ name: 'Old', search: '?q=a', extra: 1 } as { name: string; search: string }],
    })
    render(<SavedViewsControls />)
    await user.click(screen.getByRole('button', { name: 'Views' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Rename Old' }))
    const rename = await screen.findByRole('dialog', { name: 'Rename view' })
    const name = within(rename).getByRole('textbox', { name: 'Name' })
    expect(name).toHaveValue('Old')
    await user.clear(name)
    await user.type(name, 'New{Enter}')
    expect(currentViews()).toEqual([{ name: 'New', search: '?q=a' }])

    await user.click(screen.getByRole('button', { name: 'Views' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Delete New' }))
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete saved view' })
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    expect(currentViews()).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Views' }))
    expect(await screen.findByRole('menuitem', { name: 'No saved views yet' })).toBeDisabled()
  })
})
