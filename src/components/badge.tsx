import type { ReactNode } from 'react'
import { TONE_SURFACE, type Tone } from './tone'

/** A small pill: statuses, "spot", counts. */
export function Badge({
  tone,
  children,
  title,
}: {
  tone: Tone
  children: ReactNode
  title?: string
}) {
  return (
    <span
      title={title}
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONE_SURFACE[tone]}`}
    >
      {children}
    </span>
  )
}
