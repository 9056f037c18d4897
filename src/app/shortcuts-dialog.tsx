import { Button } from '../components/button'
import { Kbd } from '../components/kbd'
import { Modal } from '../components/modal'
import { KEYBOARD_SHORTCUTS } from './keyboard-shortcuts'

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal
      title="Keyboard shortcuts"
      onClose={onClose}
      footer={<Button onClick={onClose}>Close</Button>}
    >
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {KEYBOARD_SHORTCUTS.map(({ keys, action }) => (
            <tr key={action} className="border-b border-line last:border-0">
              {/* On a phone the keys wrap between themselves, so the actions keep their width. */}
              <td className="py-1.5 pr-4 align-top leading-6 max-sm:w-px sm:whitespace-nowrap">
                {keys.map((key, index) => (
                  <span key={key}>
                    {/* The spaces let a phone break the line beside "or", never inside a key. */}
                    {index > 0 && <span className="text-fg-subtle"> or </span>}
                    <Kbd className="bg-surface-muted px-1.5 py-0.5">{key}</Kbd>
                  </span>
                ))}
              </td>
              <td className="py-1.5 align-top leading-6 text-fg-muted">{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  )
}
