import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react'
import { useDialogKeys } from './use-dialog-keys'

interface Props {
  title: string
  subtitle?: ReactNode
  onClose: () => void
  onNext?: () => void
  onPrevious?: () => void
  children: ReactNode
}

const navClass =
  'rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-40'

/** The drawer's shell: a modal dialog named by `title`, on the right, over a dimmed page. */
export function DrawerFrame({ title, subtitle, onClose, onNext, onPrevious, children }: Props) {
  const dialogRef = useRef<HTMLDivElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const titleId = useId()
  const actions = useMemo(
    () => ({ close: onClose, next: onNext, previous: onPrevious }),
    [onClose, onNext, onPrevious],
  )
  useDialogKeys(dialogRef, actions)
  useEffect(() => {
    headingRef.current?.focus()
  }, [title])

  return (
    <div className="fixed inset-0 z-40 flex justify-end">
      <div className="absolute inset-0 bg-slate-900/30" aria-hidden="true" onClick={onClose} />
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="relative flex h-full w-full max-w-2xl flex-col bg-white shadow-2xl"
      >
        <header className="flex items-start gap-3 border-b border-slate-200 px-5 py-3">
          <div className="min-w-0 flex-1">
            <h2
              id={titleId}
              ref={headingRef}
              tabIndex={-1}
              className="truncate text-lg font-semibold text-slate-900 outline-none"
            >
              {title}
            </h2>
            {subtitle}
          </div>
          <NavButton label="Previous" arrow="↑" shortcut="k" onClick={onPrevious} />
          <NavButton label="Next" arrow="↓" shortcut="j" onClick={onNext} />
          <button type="button" onClick={onClose} className={navClass} aria-label="Close">
            <span aria-hidden="true">✕</span>
          </button>
        </header>
        <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
      </div>
    </div>
  )
}

/** Next / previous instance; disabled at the ends of the table. */
function NavButton(props: {
  label: string
  arrow: string
  shortcut: string
  onClick?: () => void
}) {
  return (
    <button
      type="button"
      onClick={props.onClick}
      disabled={!props.onClick}
      className={navClass}
      title={`${props.label} instance (${props.shortcut})`}
    >
      <span aria-hidden="true">{props.arrow}</span> {props.label}
    </button>
  )
}
