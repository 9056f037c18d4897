import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { keepInView } from './keep-in-view'
import { useListKeys } from './use-list-keys'

interface Props {
  /** The trigger's accessible name, exactly (e.g. "Status"). */
  label: string
  /** What the trigger shows; defaults to the label. */
  trigger?: ReactNode
  description?: string
  active?: boolean
  /** Which edge of the trigger the panel lines up with. */
  align?: 'start' | 'end'
  children: ReactNode
}

/**
 * A button that opens a panel below it, kept on screen (its content may load lazily and grow);
 * Escape or a click outside closes it and focus returns.
 */
export function Popover({
  label,
  trigger,
  description,
  active = false,
  align = 'start',
  children,
}: Props) {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const panelId = useId()
  const descriptionId = useId()
  const onListKey = useListKeys()

  useEffect(() => {
    const panel = panelRef.current
    if (!open || !panel) return
    // Placed again whenever the panel or the screen changes width.
    const observer = new ResizeObserver(() => keepInView(panel))
    observer.observe(panel)
    observer.observe(document.documentElement)
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    rootRef.current?.querySelector<HTMLElement>('input, button:not([aria-controls])')?.focus()
    return () => {
      observer.disconnect()
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [open])

  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }

  return (
    <div
      ref={rootRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation()
          close()
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        aria-describedby={description ? descriptionId : undefined}
        onClick={() => setOpen((value) => !value)}
        className={`inline-flex h-8 shrink-0 items-center gap-1.5 rounded-md border px-2.5 text-sm whitespace-nowrap ${
          active
            ? 'border-accent bg-accent-soft text-link'
            : 'border-dashed border-line-strong text-fg-muted hover:bg-surface-hover'
        }`}
      >
        {trigger ?? label}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      {description && (
        <span id={descriptionId} className="sr-only">
          {description}
        </span>
      )}
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          role="group"
          tabIndex={0}
          aria-label={label}
          onKeyDown={onListKey}
          className={`absolute top-full ${align === 'end' ? 'right-0' : 'left-0'} z-30 mt-1 max-h-80 w-max max-w-[min(22rem,calc(100vw-2rem))] min-w-56 overflow-auto rounded-md border border-line bg-surface p-1 shadow-lg`}
        >
          {children}
        </div>
      )}
    </div>
  )
}
