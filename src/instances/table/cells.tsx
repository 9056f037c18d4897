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

const NO_EXTRAS: RowExtras = {}

/** How each column shows an instance; `now` drives relative times and countdowns. */
export const CELLS: Record<
  ColumnId,
  (instance: Instance, now: number, extras?: RowExtras) => ReactNode
> = {
  name: (i) => (
    <>
      <span className="block truncate font-medium text-fg" title={i.name}>
        {i.name}
      </span>
      <span className="block truncate font-mono text-xs text-fg-subtle" title={i.id}>
        {i.id}
      </span>
    </>
  ),
  status: (i, _now, { flags } = NO_EXTRAS) => (
    <span className="inline-flex items-center gap-1.5">
      <StatusBadge status={i.status} group={i.statusGroup} />
      <HealthMark
        healthy={i.healthy}
        status={i.status}
        group={i.statusGroup}
        diagnosisReason={i.diagnosisReason}
        diagnosisMessage={i.diagnosisMessage}
        flagged={Boolean(flags?.length)}
      />
      {flags && <FlagChips flags={flags} />}
    </span>
  ),
  gpu: (i) => {
    const gpu = formatGpu(i.gpuCount, i.gpuType)
    return <span title={gpu}>{gpu}</span>
  },
  cpu: (i) => formatAmount(i.cpuCount, ''),
  memory: (i) => formatAmount(i.memory.amount, i.memory.unit || 'GB'),
  region: (i) => (
    <>
      <span className="block truncate" title={i.region.name}>
        {i.region.name || DASH}
      </span>
      <span className="block truncate text-xs text-fg-subtle" title={i.region.location}>
        {i.region.location}
      </span>
    </>
  ),
  price: (i) => {
    const kind = billingKind(i.billing.type, i.billing.chargeMode, i.isSpot)
    return (
      <>
        <span className="block">
          {formatCharge(i.billing.price, i.billing.chargeMode, i.billing.unit)}
        </span>
        <span className="block truncate text-xs text-fg-subtle">
          {!isHourlyMode(i.billing.chargeMode) && `${formatApproxHourly(i.billing.hourly)} `}
          {kind === 'spot' ? <Badge tone="spot">spot</Badge> : billingKindLabel(kind)}
        </span>
      </>
    )
  },
  disk: (i) =>
    i.diskPercent === null ? (
      DASH
    ) : (
      <div className="flex items-center gap-2">
        <UsageBar percent={i.diskPercent} className="h-1.5 w-14" />
        <span className="text-xs">{formatPercent(i.diskPercent)}</span>
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
