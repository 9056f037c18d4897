import { useEffect, type RefObject } from 'react'
import { isTypingTarget } from '../lib/is-typing-target'

const FOCUSABLE =
  'a[href], button:not([disabled]), input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'

/** Escape closes, Tab stays inside the dialog, j / k step to the next / previous instance. */
export function useDialogKeys(
  dialogRef: RefObject<HTMLElement | null>,
  actions: { close: () => void; next?: () => void; previous?: () => void },
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const dialog = dialogRef.current
      if (!dialog) return
      if (event.key === 'Escape') {
        event.preventDefault()
        actions.close()
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
      } else if (
        !isTypingTarget(event.target) &&
        !event.altKey &&
        !event.ctrlKey &&
        !event.metaKey
      ) {
        if (event.key === 'j' && actions.next) actions.next()
        if (event.key === 'k' && actions.previous) actions.previous()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [dialogRef, actions])
}
