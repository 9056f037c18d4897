import type { DiskUsage } from '../lib/disk'
import { describeDisk } from '../lib/instance-format'
import { UsageBar } from './usage-bar'

/** A disk as a meter: used / total GiB and percent; over capacity is said, and the bar capped. */
export function DiskMeter({ label, disk }: { label: string; disk: DiskUsage }) {
  const { percent } = disk
  const text = describeDisk(disk)
  if (percent === null) {
    return (
      <div className="text-sm">
        <span className="font-medium">{label}</span>: {text}
      </div>
    )
  }
  const over = percent > 100
  return (
    <div className="text-sm">
      <div className="mb-1 flex justify-between gap-3">
        <span className="font-medium">{label}</span>
        <span className={`tabular-nums ${over ? 'font-medium text-danger' : 'text-fg-muted'}`}>
          {text}
        </span>
      </div>
      <div
        role="meter"
        aria-label={`${label} disk`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, Math.round(percent))}
        aria-valuetext={text}
      >
        <UsageBar percent={percent} className="h-2.5" />
      </div>
    </div>
  )
}
