import { diskLevel } from '../lib/disk'

const LEVEL_CLASS = {
  ok: 'bg-meter-ok',
  warn: 'bg-meter-warn',
  critical: 'bg-meter-critical',
} as const

/** A thin usage bar, capped at 100% wide; green, amber from 80%, red from 90%. */
export function UsageBar({
  percent,
  className = 'h-1.5',
}: {
  percent: number
  className?: string
}) {
  return (
    <span
      className={`block overflow-hidden rounded-full bg-meter-track ${className}`}
      aria-hidden="true"
    >
      <span
        className={`block h-full ${LEVEL_CLASS[diskLevel(percent)]}`}
        style={{ width: `${Math.min(100, percent)}%` }}
      />
    </span>
  )
}
