import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { buttonClass } from './button-styles'
import { keepInView } from './keep-in-view'
import { useListKeys } from './use-list-keys'

interface Props {
  /** The trigger's accessible name, exactly (e.g. "Export"); also names the menu. */
  label: string
  /** Called each time the menu opens (a feature may start loading its code then). */
  onOpen?: () => void
  disabled?: boolean
  align?: 'start' | 'end'
  /**
   * `MenuItem`s, optionally in `role="group"` elements; choosing one closes the menu. They may load
   * lazily (in a Suspense boundary): focus goes to the first one when it appears.
   */
  children: ReactNode
}

const ITEM = '[role="menuitem"]:not([disabled])'

/**
 * A button that opens a `role="menu"` (WAI-ARIA menu button): Enter, Space or ArrowDown open it on
 * the first item, ArrowUp on the last; arrows, Home, End and type-ahead move between items;
 * Escape closes it and focus returns to the button; Tab closes it and moves on.
 */
export function MenuButton({ label, onOpen, disabled, align = 'start', children }: Props) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const menuId = useId()
  const onListKey = useListKeys()

  useEffect(() => {
    const menu = menuRef.current
    if (!open || !menu) return
    let focused = false
    const settle = () => {
      keepInView(menu)
      if (focused) return
      const items = menu.querySelectorAll<HTMLElement>(ITEM)
      const item = open === 'last' ? items[items.length - 1] : items[0]
      item?.focus()
      focused = Boolean(item)
    }
    // Items whose code loads on first use arrive after the menu opens: focus and place them then.
    const observer = new MutationObserver(settle)
    observer.observe(menu, { childList: true, subtree: true })
    settle()
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => {
      observer.disconnect()
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [open])

  const show = (at: 'first' | 'last') => {
    onOpen?.()
    setOpen(at)
  }
  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      close()
    } else if (event.key === 'Tab') setOpen(false)
    else onListKey(event)
  }

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={Boolean(open)}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => (open ? setOpen(false) : show('first'))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
          event.preventDefault()
          show(event.key === 'ArrowDown' ? 'first' : 'last')
        }}
        className={buttonClass('secondary')}
      >
        {label}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKey}
          onClick={(event) => {
            if ((event.target as HTMLElement).closest(ITEM)) close()
          }}
          className={`absolute top-full ${align === 'end' ? 'right-0' : 'left-0'} z-30 mt-1 max-h-96 w-max max-w-[min(24rem,calc(100vw-2rem))] min-w-48 overflow-auto rounded-md border border-line bg-surface p-1 shadow-lg`}
        >
          {children}
        </div>
      )}
    </div>
  )
}
