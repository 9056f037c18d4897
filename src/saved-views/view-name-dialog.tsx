import { useId, useState } from 'react'
import { Button } from '../components/button'
import { Modal } from '../components/modal'

interface Props {
  title: string
  /** What the view holds, in words. */
  description: string
  initialName?: string
  submitLabel: string
  /** Why the name will not do, or null. */
  problem: (name: string) => string | null
  /** A note on what saving under this name does (replacing another view), or null. */
  note?: (name: string) => string | null
  onSubmit: (name: string) => void
  onClose: () => void
}

/** Asks for a view's name in a textbox labelled Name; Enter submits, Escape cancels. */
export function ViewNameDialog(props: Props) {
  const { title, description, initialName = '', submitLabel, problem, note, onClose } = props
  const [name, setName] = useState(initialName)
  const [error, setError] = useState<string | null>(null)
  const inputId = useId()
  const messageId = useId()
  const formId = useId()
  const hint = error ?? note?.(name) ?? null
  return (
    <Modal
      title={title}
      onClose={onClose}
      initialFocus="input"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form={formId} variant="primary">
            {submitLabel}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          const found = problem(name)
          if (found) setError(found)
          else props.onSubmit(name)
        }}
      >
        <p className="mb-3 break-words text-fg-muted">{description}</p>
        <label htmlFor={inputId} className="mb-1 block font-medium text-fg">
          Name
        </label>
        <input
          id={inputId}
          type="text"
          value={name}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={hint ? messageId : undefined}
          onChange={(event) => {
            setName(event.target.value)
            setError(null)
          }}
          onFocus={(event) => event.target.select()}
          className="h-9 w-full rounded-md border border-field-line bg-surface px-2 text-fg"
        />
        <p
          id={messageId}
          role={error ? 'alert' : undefined}
          className={`mt-1 min-h-5 text-sm ${error ? 'text-danger' : 'text-fg-muted'}`}
        >
          {hint}
        </p>
      </form>
    </Modal>
  )
}
