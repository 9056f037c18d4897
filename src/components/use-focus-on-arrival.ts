import { useEffect, useEffectEvent, type RefObject } from 'react'

/**
 * While `open`, focuses what `pick` finds in the panel: at once, or when it appears (content whose
 * code loads on first use arrives after the panel opens).
 */
export function useFocusOnArrival(
  open: boolean,
  panelRef: RefObject<HTMLElement | null>,
  pick: (panel: HTMLElement) => HTMLElement | null | undefined,
) {
  const pickNow = useEffectEvent(pick)
  useEffect(() => {
    const panel = panelRef.current
    if (!open || !panel) return
    const observer = new MutationObserver(() => settle())
    const settle = () => {
      const target = pickNow(panel)
      if (!target) return
      target.focus()
      observer.disconnect()
    }
    observer.observe(panel, { childList: true, subtree: true })
    settle()
    return () => observer.disconnect()
  }, [open, panelRef])
}
