import type { KeyboardEvent } from 'react'
import { isTypingTarget } from '../lib/is-typing-target'

/**
 * j / k inside the drawer step to the next / previous instance. The drawer's own keys: a dialog
 * opened over it (a stop's confirmation) makes it inert, so its keys never reach here.
 */
export function stepKeys(steps: { next?: () => void; previous?: () => void }) {
  return (event: KeyboardEvent) => {
    if (isTypingTarget(event.target) || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'j') steps.next?.()
    if (event.key === 'k') steps.previous?.()
  }
}
