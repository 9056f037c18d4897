import { useEffect } from 'react'
import { isModalOpen } from '../components/use-modal-dialog'
import { isTypingTarget } from '../lib/is-typing-target'

/** `?` anywhere but in a text field, with no dialog open, calls `open` (the shortcuts list). */
export function useHelpKey(open: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTypingTarget(event.target) || isModalOpen()) return
      event.preventDefault()
      open()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [open])
}
