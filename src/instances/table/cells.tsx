import type { ReactNode } from 'react'
import type { Instance } from '../../api/instance'
import { Badge } from '../../components/badge'
import { FlagChips } from '../../components/flag-chips'
import { HealthMark } from '../../components/health-mark'
import { StatusBadge } from '../../components/status-badge'
import { UsageBar } from '../../components/usage-bar'
import { DASH, formatDateTime, formatRelative } from '../../lib/format'
import {
  billingKindLabel,
  describeStatusAge,
  formatAmount,
  formatApproxHourly,
  formatCharge,
  formatGpu,
  formatPercent,
  formatStatusAge,
  formatStopCountdown,
} from '../../lib/instance-format'
import { billingKind, isHourlyMode } from '../../lib/pricing'
import type { ColumnId } from '../../model/column-ids'
import type { RowExtras } from '../../model/row-context'

const shortId = (id: string) => (id.length > 22 ? `${id.slice(0, 21)}…` : id)

const NO_EXTRAS: RowExtras = {}

/** How each column shows an instance; `now` drives relative times and countdowns. */
export const CELLS: Record<
  ColumnId,
  (instance: Instance, now: number, extras?: RowExtras) => ReactNode
> = {
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
  status: (i, _now, { flags } = NO_EXTRAS) => (
    <span className="inline-flex items-center gap-1.5">
      <StatusBadge status={i.status} group={i.statusGroup} />
      <HealthMark
        healthy={i.healthy}
        status={i.status}
        group={i.statusGroup}
        flagged={Boolean(flags?.length)}
      />
      {flags && <FlagChips flags={flags} />}
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
  price: (i) => {
    const kind = billingKind(i.billing.type, i.billing.chargeMode, i.isSpot)
    return (
      <div>
        <span className="tabular-nums">
          {formatCharge(i.billing.price, i.billing.chargeMode, i.billing.unit)}
        </span>
        <div className="truncate text-xs text-fg-subtle">
          {!isHourlyMode(i.billing.chargeMode) && (
            <span className="mr-1 tabular-nums">{formatApproxHourly(i.billing.hourly)}</span>
          )}
          {kind === 'spot' ? <Badge tone="spot">spot</Badge> : billingKindLabel(kind)}
        </div>
      </div>
    )
  },
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
  since: (i, now, { observation } = NO_EXTRAS) =>
    observation?.status === i.status ? (
      <span
        title={describeStatusAge(observation.since, observation.seenStart)}
        className="tabular-nums"
      >
        {formatStatusAge(now - observation.since, observation.seenStart)}
        {!observation.seenStart && (
          <span className="sr-only"> (observed since this page loaded)</span>
        )}
      </span>
    ) : (
      DASH
    ),
}
