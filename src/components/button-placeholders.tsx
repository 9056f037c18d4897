import type { ReactNode } from 'react'
import { buttonClass } from './button-styles'

/**
 * Holds the place of buttons whose code loads right after the first paint (a few milliseconds),
 * as wide as the buttons will be, so that nothing beside them shifts; hidden from everyone.
 */
export function ButtonPlaceholders({ labels }: { labels: readonly ReactNode[] }) {
  return (
    <span aria-hidden="true" className="invisible contents">
      {labels.map((label, index) => (
        <span key={index} className={buttonClass('secondary')}>
          {label}
        </span>
      ))}
    </span>
  )
}
