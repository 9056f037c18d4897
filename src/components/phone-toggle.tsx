import type { ReactNode } from 'react'
import { buttonClass } from './button-styles'
import type { PhoneToggleProps } from './use-phone-panel'

/**
 * On a phone only, at the end of its line: the button that shows or hides a part the wider
 * layouts always show (the disclosure pattern: `aria-expanded`, `aria-controls`). Named by
 * `label` and what `children` adds (a count).
 */
export function PhoneToggle({
  label,
  open,
  onToggle,
  controls,
  buttonRef,
  onKeyDown,
  children,
}: PhoneToggleProps & { label: string; children?: ReactNode }) {
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
      onKeyDown={onKeyDown}
      className={`ml-auto tablet:hidden ${buttonClass('secondary')}`}
    >
      {label}
      {children}
      <span aria-hidden="true" className="text-xs">
        ▾
      </span>
    </button>
  )
}
