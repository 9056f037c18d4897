import type { ReactNode } from 'react'
import type { Instance } from '../../api/instance'
import { Badge } from '../../components/badge'
import { HealthMark } from '../../components/health-mark'
import { StatusBadge } from '../../components/status-badge'
import { UsageBar } from '../../components/usage-bar'
import { DASH, formatDateTime, formatRelative } from '../../lib/format'
import {
  chargeModeLabel,
  formatAmount,
  formatGpu,
  formatHourly,
  formatPercent,
  formatStopCountdown,
} from '../../lib/instance-format'
import type { ColumnId } from '../../model/column-ids'

const shortId = (id: string) => (id.length > 22 ? `${id.slice(0, 21)}…` : id)

/** How each column shows an instance; `now` drives relative times and countdowns. */
export const CELLS: Record<ColumnId, (instance: Instance, now: number) => ReactNode> = {
  name: (i) => (
    <div className="min-w-0">
      <div className="truncate font-medium text-fg" title={i.name}>
        {i.name}
      </div>
      <div className="truncate font-mono text-xs text-fg-subtle" title={i.id}>
        {shortId(i.id)}
      </div>
    </div>
  ),
  status: (i) => (
    <span className="inline-flex items-center gap-1.5">
      <StatusBadge status={i.status} group={i.statusGroup} />
      <HealthMark healthy={i.healthy} />
    </span>
  ),
  gpu: (i) => {
    const gpu = formatGpu(i.gpuCount, i.gpuType)
    return <span title={gpu}>{gpu}</span>
  },
  cpu: (i) => <span className="tabular-nums">{formatAmount(i.cpuCount, '')}</span>,
  memory: (i) => (
    <span className="tabular-nums">{formatAmount(i.memory.amount, i.memory.unit || 'GB')}</span>
  ),
  region: (i) => (
    <div className="min-w-0">
      <div className="truncate" title={i.region.name}>
        {i.region.name || DASH}
      </div>
      <div className="truncate text-xs text-fg-subtle" title={i.region.location}>
        {i.region.location}
      </div>
    </div>
  ),
  price: (i) => (
    <div>
      <span className="tabular-nums">{formatHourly(i.billing.hourly)}</span>
      {i.isSpot && (
        <span className="ml-1">
          <Badge tone="spot">spot</Badge>
        </span>
      )}
      <div className="truncate text-xs text-fg-subtle">{chargeModeLabel(i.billing.chargeMode)}</div>
    </div>
  ),
  disk: (i) =>
    i.diskPercent === null ? (
      DASH
    ) : (
      <div className="flex items-center gap-2">
        <UsageBar percent={i.diskPercent} className="h-1.5 w-14" />
        <span className="text-xs tabular-nums">{formatPercent(i.diskPercent)}</span>
      </div>
    ),
  created: (i, now) => (
    <span title={formatDateTime(i.createdAt)}>{formatRelative(i.createdAt, now)}</span>
  ),
  stops: (i, now) =>
    i.scheduledStopAt === null ? (
      ''
    ) : (
      <span
        title={`Scheduled to stop at ${formatDateTime(i.scheduledStopAt)}`}
        className="tabular-nums"
      >
        {formatStopCountdown(i.scheduledStopAt, now)}
      </span>
    ),
}
