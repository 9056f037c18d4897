import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useModalKeys } from './use-modal-keys'

interface Props {
  title: string
  /** `alertdialog` for confirmations that interrupt (a stop), `dialog` for everything else. */
  role?: 'dialog' | 'alertdialog'
  onClose: () => void
  children: ReactNode
  /** Footer controls (Cancel, Confirm). */
  footer?: ReactNode
  /** CSS selector of the element to focus on open; the first button otherwise. */
  initialFocus?: string
}

/**
 * A centred modal named by `title`; Escape or a click outside closes it, and focus returns to
 * whatever had it before the modal opened.
 */
export function Modal({ title, role = 'dialog', onClose, children, footer, initialFocus }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()
  useModalKeys(ref, onClose)
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const target = initialFocus ? ref.current?.querySelector<HTMLElement>(initialFocus) : null
    ;(target ?? ref.current?.querySelector<HTMLElement>('button, [href], input'))?.focus()
    return () => previous?.focus()
  }, [initialFocus])

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center p-4">
      <div className="absolute inset-0 bg-backdrop" aria-hidden="true" onClick={onClose} />
      <div
        ref={ref}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        className="relative flex max-h-full w-full max-w-lg flex-col rounded-lg border border-line bg-surface shadow-2xl"
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
      </div>
    </div>
  )
}
