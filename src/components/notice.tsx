import type { AriaRole, ReactNode } from 'react'
import { TONE_SURFACE, type Tone } from './tone'

interface Props {
  tone: Tone
  /** `alert` for failures that need the user, `status` for progress, `note` for context. */
  role?: AriaRole
  /** A control on the right, such as Retry. */
  action?: ReactNode
  className?: string
  children: ReactNode
}

/** A bordered message box: errors, warnings, progress and explanations all look alike per tone. */
export function Notice({ tone, role, action, className = '', children }: Props) {
  return (
    <div
      role={role}
      className={`flex items-center gap-3 rounded-md border px-3 py-2 text-sm ${TONE_SURFACE[tone]} ${className}`}
    >
      <div className="min-w-0 flex-1 break-words">{children}</div>
      {action}
    </div>
  )
}
