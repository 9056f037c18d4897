import { lazy, Suspense, useCallback, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { isChunkLoadError } from '../lib/chunk-error'
import { Button } from '../components/button'
import { LazyPart } from '../components/lazy-part'
import { MenuButton } from '../components/menu-button'
import { MenuItem } from '../components/menu-item'
import { currentSearch } from '../lib/use-location-search'
import { normaliseSearch } from '../model/view-url'
import type { Choice, Message, SavedView } from './saved-views'
import { ViewsMessage } from './views-message'

// Only the two buttons are in the first paint; the menu's items, the dialogs and the actions load
// when first used.
const ViewsMenuItems = lazy(() =>
  import('./views-menu-items').then((module) => ({ default: module.ViewsMenuItems })),
)
const SaveViewDialog = lazy(() =>
  import('./save-view-dialog').then((module) => ({ default: module.SaveViewDialog })),
)
const RenameViewDialog = lazy(() =>
  import('./rename-view-dialog').then((module) => ({ default: module.RenameViewDialog })),
)
const DeleteViewDialog = lazy(() =>
  import('./delete-view-dialog').then((module) => ({ default: module.DeleteViewDialog })),
)
const loadActions = () => import('./view-actions')

type Dialog = { kind: 'save'; search: string } | { kind: 'rename' | 'delete'; view: SavedView }

const NOT_LOADED: Message = {
  tone: 'danger',
  text: 'A new version of the dashboard is available: reload the page to use saved views.',
}

const FAILED: Message = {
  tone: 'danger',
  text: 'That did not work; your saved views are unchanged.',
}

/**
 * Save view, Copy link (the view on screen as a link) and the Views menu: named views kept in
 * this browser, shared as links or a file.
 */
export function SavedViewsControls() {
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const dismiss = useCallback(() => setMessage(null), [])
  const done = (said: Message | null) => {
    setDialog(null)
    if (said) setMessage(said)
  }
  const run = (action: (module: Awaited<ReturnType<typeof loadActions>>) => Promise<Message>) => {
    loadActions()
      .then(action)
      .then(setMessage, (error: unknown) =>
        setMessage(isChunkLoadError(error) ? NOT_LOADED : FAILED),
      )
  }
  const choose = (choice: Choice) => {
    if (choice.kind === 'import') fileRef.current?.click()
    else if (choice.kind === 'export') run((module) => module.exportViews())
    else if (choice.kind === 'copy-link') run((module) => module.copyViewLink(choice.view))
    else setDialog({ kind: choice.kind, view: choice.view })
  }

  return (
    <>
      <Button onClick={() => setDialog({ kind: 'save', search: normaliseSearch(currentSearch()) })}>
        Save view
      </Button>
      {/* Below 1536 px the words give way to the icon, so the toolbar keeps to one line from
          1440 px and the line of buttons fits 360 px. */}
      <Button
        aria-label="Copy link"
        title="Copy a link to this view (search, filters, sort, columns)"
        onClick={() =>
          run((module) => module.copyCurrentLink(normaliseSearch(window.location.search)))
        }
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4 fill-none stroke-current">
          <path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" />
        </svg>
        <span className="max-[96rem]:hidden">Copy link</span>
      </Button>
      <MenuButton label="Views" align="end">
        <LazyPart>
          <Suspense fallback={<MenuItem disabled>Loading…</MenuItem>}>
            <ViewsMenuItems onChoose={choose} />
          </Suspense>
        </LazyPart>
      </MenuButton>
      <input
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0]
          if (file) run((module) => module.importViews(file))
          event.target.value = ''
        }}
      />
      {/* Outside the toolbar: dialogs and messages are no part of it. */}
      {createPortal(
        <>
          {dialog && (
            <LazyPart>
              {dialog.kind === 'save' && <SaveViewDialog search={dialog.search} onDone={done} />}
              {dialog.kind === 'rename' && <RenameViewDialog view={dialog.view} onDone={done} />}
              {dialog.kind === 'delete' && <DeleteViewDialog view={dialog.view} onDone={done} />}
            </LazyPart>
          )}
          <ViewsMessage message={message} onDismiss={dismiss} />
        </>,
        document.body,
      )}
    </>
  )
}
