import type { ReactNode } from 'react'
import { badgeClass } from './badge-class'
import type { Tone } from './tone'

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
    <span title={title} className={badgeClass(tone)}>
      {children}
    </span>
  )
}
