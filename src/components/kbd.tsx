import type { ReactNode } from 'react'

/** A key as the keyboard shows it ("j", "Page Down"), never broken across lines. */
export function Kbd({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <kbd
      className={`rounded border border-line-strong px-1 font-mono text-xs whitespace-nowrap ${className}`}
    >
      {children}
    </kbd>
  )
}
