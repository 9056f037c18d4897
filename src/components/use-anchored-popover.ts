import { useId, useRef, useState, type ToggleEvent } from 'react'

/**
 * What a trigger and its `popover="auto"` panel share: the panel's id, whether it is open (the
 * platform opens and closes it: the trigger's click, Escape, a click outside), and CSS anchor
 * positioning that puts the panel below the trigger, flipped to stay on screen (index.css).
 */
export function useAnchoredPopover(align: 'start' | 'end' = 'start') {
  const id = useId()
  const [open, setOpen] = useState(false)
  const panelRef = useRef<HTMLDivElement>(null)
  const anchor = `--anchor-${id.replace(/[^\w-]/g, '')}`
  return {
    open,
    panelRef,
    hide: () => panelRef.current?.hidePopover(),
    trigger: {
      popoverTarget: id,
      style: { anchorName: anchor },
    },
    panel: {
      ref: panelRef,
      id,
      popover: 'auto' as const,
      'data-align': align,
      style: { positionAnchor: anchor },
      onToggle: (event: ToggleEvent<HTMLDivElement>) => setOpen(event.newState === 'open'),
    },
  }
}
