import { useEffect, useEffectEvent, type RefObject } from 'react'
import { isInnermostModal } from '../components/modal-stack'
import { isTypingTarget } from '../lib/is-typing-target'

/** j / k step to the next / previous instance while the drawer is the innermost modal. */
export function useStepKeys(
  drawerRef: RefObject<HTMLElement | null>,
  steps: { next?: () => void; previous?: () => void },
): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!isInnermostModal(drawerRef) || isTypingTarget(event.target)) return
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'j') steps.next?.()
    if (event.key === 'k') steps.previous?.()
  })
  useEffect(() => {
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
