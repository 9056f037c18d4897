import { useEffect, useEffectEvent, type RefObject } from 'react'
import { openModals } from './modal-stack'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])'

/** Escape closes the innermost open modal; Tab and Shift+Tab stay inside it. */
export function useModalKeys(ref: RefObject<HTMLElement | null>, onClose: () => void): void {
  const close = useEffectEvent(onClose)
  // Registered once per modal, so that a re-render never reorders the stack.
  useEffect(() => {
    openModals.push(ref)
    const onKey = (event: KeyboardEvent) => {
      const dialog = ref.current
      if (!dialog || openModals.at(-1) !== ref) return
      if (event.key === 'Escape') {
        event.preventDefault()
        close()
      } else if (event.key === 'Tab') {
        const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)]
        const first = focusable[0]
        const last = focusable.at(-1)
        if (!first || !last) return
        const outside = !dialog.contains(document.activeElement)
        if (event.shiftKey && (document.activeElement === first || outside)) {
          event.preventDefault()
          last.focus()
        } else if (!event.shiftKey && (document.activeElement === last || outside)) {
          event.preventDefault()
          first.focus()
        }
      }
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      openModals.splice(openModals.indexOf(ref), 1)
    }
  }, [ref])
}
