import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useModalDialog } from './use-modal-dialog'

interface Props {
  title: string
  subtitle?: ReactNode
  /** Controls in the header, before Close. */
  actions?: ReactNode
  onClose: () => void
  /** Keys of the caller's own (next / previous), for keys pressed inside the sheet. */
  onKeyDown?: (event: KeyboardEvent<HTMLDialogElement>) => void
  children: ReactNode
}

/**
 * A modal side sheet (`<dialog>`) named by `title`, over a dimmed page; its heading takes focus on
 * open; on a phone it fills the screen.
 */
export function Drawer({ title, subtitle, actions, onClose, onKeyDown, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const titleId = useId()
  useModalDialog(ref, onClose)
  useLayoutEffect(() => {
    headingRef.current?.focus()
  }, [title])

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      className="ms-auto me-0 h-dvh max-h-none w-full max-w-2xl flex-col bg-surface text-fg shadow-2xl open:flex backdrop:bg-backdrop"
    >
      <header className="flex items-start gap-3 border-b border-line px-5 py-3 max-tablet:flex-wrap max-tablet:px-4">
        <div className="min-w-0 flex-1">
          <h2
            id={titleId}
            ref={headingRef}
            tabIndex={-1}
            className="text-lg font-semibold break-words text-fg outline-none"
          >
            {title}
          </h2>
          {subtitle}
        </div>
        {/* On a phone the title keeps the first line, beside Close; the actions go below it. */}
        {actions && (
          <div className="flex gap-3 max-tablet:order-last max-tablet:w-full">{actions}</div>
        )}
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className="h-8 rounded-md border border-line-strong px-2 text-sm hover:bg-surface-hover"
        >
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
    </dialog>
  )
}
