import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import { useModalDialog } from './use-modal-dialog'

interface Props {
  title: string
  /** `alertdialog` for confirmations that interrupt (a stop), `dialog` for everything else. */
  role?: 'dialog' | 'alertdialog'
  onClose: () => void
  children: ReactNode
  /** Footer controls (Cancel, Confirm). */
  footer?: ReactNode
  /** CSS selector of the element to focus on open; the first focusable one otherwise. */
  initialFocus?: string
}

/** A centred modal `<dialog>` named by `title`; Escape or a click outside closes it. */
export function Modal({ title, role, onClose, children, footer, initialFocus }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useModalDialog(ref, onClose)
  useLayoutEffect(() => {
    if (initialFocus) ref.current?.querySelector<HTMLElement>(initialFocus)?.focus()
  }, [initialFocus])

  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-lg flex-col overflow-hidden rounded-lg border border-line bg-surface text-fg shadow-2xl open:flex backdrop:bg-backdrop"
    >
      <h2 id={titleId} className="border-b border-line px-5 py-3 text-lg font-semibold text-fg">
        {title}
      </h2>
      <div tabIndex={0} className="min-h-0 flex-1 overflow-y-auto px-5 py-4 text-sm">
        {children}
      </div>
      {footer && (
        <div className="flex flex-wrap justify-end gap-2 border-t border-line px-5 py-3">
          {footer}
        </div>
      )}
    </dialog>
  )
}
