import type { CSSProperties } from 'react'
import { diskLevel } from '../lib/disk'

const LEVEL_COLOUR = {
  ok: 'var(--color-meter-ok)',
  warn: 'var(--color-meter-warn)',
  critical: 'var(--color-meter-critical)',
} as const

// The bar is the text's ::before, filled to --used in --level over the track: one element per cell;
// in a narrow column the bar gives way, never the figure.
const MARK =
  "flex items-center gap-2 text-xs before:block before:h-1.5 before:w-12 before:min-w-6 before:rounded-full before:bg-[linear-gradient(to_right,var(--level)_var(--used),var(--color-meter-track)_0)] before:content-['']"

/**
 * A usage figure for a table cell: a thin bar (capped at 100% wide; green, amber from 80%, red
 * from 90%, as UsageBar) before the text, drawn as one element. The text says it all: the bar is
 * decoration.
 */
export function usageMark(percent: number, text: string) {
  const style = {
    '--used': `${Math.min(100, Math.max(0, percent))}%`,
    '--level': LEVEL_COLOUR[diskLevel(percent)],
  } as CSSProperties
  return (
    <span className={MARK} style={style}>
      {text}
    </span>
  )
}
