import type { ReactNode } from 'react'
import type { Instance } from '../api/instance'
import { HealthMark } from '../components/health-mark'
import { StatusBadge } from '../components/status-badge'
import { UsageBar } from '../components/usage-bar'
import {
  DASH,
  formatDateTime,
  formatDuration,
  formatMoney,
  formatNumber,
  formatRelative,
} from '../lib/format'
import { CHARGE_MODE_LABEL } from '../lib/pricing'
import type { ColumnId } from './column-ids'

const shortId = (id: string) => (id.length > 22 ? `${id.slice(0, 21)}…` : id)

/** How each column shows an instance; `now` drives relative times and countdowns. */
export const CELLS: Record<ColumnId, (instance: Instance, now: number) => ReactNode> = {
  name: (i) => (
    <div className="min-w-0">
      <div className="truncate font-medium text-slate-900" title={i.name}>
        {i.name}
      </div>
      <div className="truncate font-mono text-xs text-slate-500" title={i.id}>
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
  gpu: (i) => (i.gpuCount > 0 ? `${formatNumber(i.gpuCount)} × ${i.gpuType || 'GPU'}` : 'CPU only'),
  cpu: (i) => <span className="tabular-nums">{formatNumber(i.cpuCount)}</span>,
  memory: (i) => (
    <span className="tabular-nums">
      {i.memory.amount === null
        ? DASH
        : `${formatNumber(i.memory.amount)} ${i.memory.unit || 'GB'}`}
    </span>
  ),
  region: (i) => (
    <div className="min-w-0">
      <div className="truncate">{i.region.name || DASH}</div>
      <div className="truncate text-xs text-slate-500">{i.region.location}</div>
    </div>
  ),
  price: (i) => (
    <div>
      <span className="tabular-nums">
        {i.billing.hourly === null ? DASH : `${formatMoney(i.billing.hourly)}/h`}
      </span>
      {i.isSpot && (
        <span className="ml-1 rounded bg-violet-100 px-1 text-xs font-medium text-violet-800">
          spot
        </span>
      )}
      <div className="truncate text-xs text-slate-500">
        {CHARGE_MODE_LABEL[i.billing.chargeMode] ?? (i.billing.chargeMode || DASH)}
      </div>
    </div>
  ),
  disk: (i) =>
    i.diskPercent === null ? (
      DASH
    ) : (
      <div className="flex items-center gap-2">
        <UsageBar percent={i.diskPercent} className="h-1.5 w-14" />
        <span className="tabular-nums text-xs">{formatNumber(Math.round(i.diskPercent))}%</span>
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
        {i.scheduledStopAt > now ? `in ${formatDuration(i.scheduledStopAt - now)}` : 'due'}
      </span>
    ),
}
