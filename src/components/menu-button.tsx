import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import { buttonClass } from './button-styles'
import { useAnchoredPopover } from './use-anchored-popover'
import { useFocusOnArrival } from './use-focus-on-arrival'
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
 * A button that opens a `role="menu"` in a `popover="auto"` (WAI-ARIA menu button): Enter, Space
 * or ArrowDown open it on the first item, ArrowUp on the last; arrows, Home, End and type-ahead
 * move between items; Escape closes it and focus returns to the button; Tab closes it and moves on.
 */
export function MenuButton({ label, onOpen, disabled, align = 'start', children }: Props) {
  const popover = useAnchoredPopover(align)
  const onListKey = useListKeys()
  const focusAt = useRef<'first' | 'last'>('first')
  const { open, panelRef, hide } = popover

  useFocusOnArrival(open, panelRef, (menu) => {
    const items = menu.querySelectorAll<HTMLElement>(ITEM)
    return focusAt.current === 'last' ? items[items.length - 1] : items[0]
  })

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Tab') hide()
    else onListKey(event)
  }

  return (
    <div>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        {...popover.trigger}
        onClick={() => {
          focusAt.current = 'first'
          if (!open) onOpen?.()
        }}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
          event.preventDefault()
          focusAt.current = event.key === 'ArrowDown' ? 'first' : 'last'
          onOpen?.()
          panelRef.current?.showPopover()
        }}
        className={buttonClass('secondary')}
      >
        {label}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      <div
        {...popover.panel}
        role="menu"
        aria-label={label}
        onKeyDown={onMenuKey}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest(ITEM)) hide()
        }}
        className="max-h-96 w-max max-w-[min(24rem,calc(100vw-2rem))] min-w-48 flex-col overflow-auto rounded-md border border-line bg-surface p-1 text-fg shadow-lg open:flex"
      >
        {open && children}
      </div>
    </div>
  )
}
