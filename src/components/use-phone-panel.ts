import { useId, useRef, useState, type KeyboardEvent } from 'react'

/**
 * A part a phone hides behind a PhoneToggle (wider layouts always show it, in place): the
 * toggle's props, and the panel's id, class and keys. Escape in the open panel, or on its
 * toggle, closes it and leaves focus on the toggle.
 */
export function usePhonePanel() {
  const [open, setOpen] = useState(false)
  const id = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    // A dialog or popover opened from the panel sits inside it: its Escape closes it only.
    if ((event.target as Element).closest('dialog')) return
    if (event.currentTarget.querySelector(':popover-open')) return
    // Opened on a phone, then the window widened: the panel is always shown and its toggle gone.
    if (buttonRef.current?.checkVisibility() === false) return
    event.stopPropagation()
    setOpen(false)
    buttonRef.current?.focus()
  }
  return {
    toggle: { open, onToggle: () => setOpen(!open), controls: id, buttonRef, onKeyDown },
    panel: { id, onKeyDown, className: `tablet:contents ${open ? 'flex' : 'max-tablet:hidden'}` },
  }
}

export type PhoneToggleProps = ReturnType<typeof usePhonePanel>['toggle']
