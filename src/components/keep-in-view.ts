const EDGE = 8

/**
 * Moves a panel that opens below its trigger sideways so that it stays on screen (a trigger near a
 * narrow screen's edge): a menu, a popover.
 */
export function keepInView(panel: HTMLElement): void {
  panel.style.translate = ''
  const { left, right } = panel.getBoundingClientRect()
  const overRight = right - (document.documentElement.clientWidth - EDGE)
  const shift = left < EDGE ? EDGE - left : overRight > 0 ? -overRight : 0
  if (shift) panel.style.translate = `${shift}px 0`
}
