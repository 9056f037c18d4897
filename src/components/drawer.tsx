import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react'
import { useModalKeys } from './use-modal-keys'

interface Props {
  title: string
  subtitle?: ReactNode
  /** Controls in the header, before Close. */
  actions?: ReactNode
  onClose: () => void
  /** Receives the dialog element, for keys of the caller's own (e.g. next / previous). */
  dialogRef?: RefObject<HTMLDivElement | null>
  children: ReactNode
}

/** A modal side sheet named by `title`, over a dimmed page; its heading takes focus on open. */
export function Drawer({ title, subtitle, actions, onClose, dialogRef, children }: Props) {
  const ownRef = useRef<HTMLDivElement>(null)
  const ref = dialogRef ?? ownRef
  const headingRef = useRef<HTMLHeadingElement>(null)
  const titleId = useId()
  useModalKeys(ref, onClose)
  useEffect(() => {
    headingRef.current?.focus()
  }, [title])

  return (
    <div className="fixed inset-0 z-40 flex justify-end">
      <div className="absolute inset-0 bg-backdrop" aria-hidden="true" onClick={onClose} />
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="relative flex h-full w-full max-w-2xl flex-col bg-surface shadow-2xl"
      >
        <header className="flex items-start gap-3 border-b border-line px-5 py-3 max-md:flex-wrap max-md:px-4">
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
          {actions && <div className="flex gap-3 max-md:order-last max-md:w-full">{actions}</div>}
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
      </div>
    </div>
  )
}
