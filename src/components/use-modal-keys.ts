import { useEffect, useEffectEvent, type RefObject } from 'react'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])'

// Open modals, innermost last: only the innermost one answers Escape and keeps Tab.
const openModals: RefObject<HTMLElement | null>[] = []

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

/** True while no other modal is open above `ref`, so that its own keys (j / k) may act. */
export function isInnermostModal(ref: RefObject<HTMLElement | null>): boolean {
  return openModals.at(-1) === ref
}

/** True while any modal is open: page-level shortcuts stay out of the way then. */
export function isModalOpen(): boolean {
  return openModals.length > 0
}
