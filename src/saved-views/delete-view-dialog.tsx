import { Button } from '../components/button'
import { Modal } from '../components/modal'
import { without, type Message, type SavedView } from './saved-views'
import { currentViews, keep } from './saved-views-storage'

/** Asks before a saved view is deleted from this browser. */
export function DeleteViewDialog({
  view,
  onDone,
}: {
  view: SavedView
  onDone: (message: Message | null) => void
}) {
  const cancel = () => onDone(null)
  return (
    <Modal
      title="Delete saved view"
      role="alertdialog"
      onClose={cancel}
      footer={
        <>
          <Button variant="ghost" onClick={cancel}>
            Cancel
          </Button>
          <Button
            variant="danger"
            onClick={() =>
              onDone(keep(without(currentViews(), view.name), `View “${view.name}” deleted.`))
            }
          >
            Delete
          </Button>
        </>
      }
    >
      <p className="break-words">
        Delete the saved view “{view.name}” from this browser? The view on screen stays as it is.
      </p>
    </Modal>
  )
}
