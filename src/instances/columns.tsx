import type { ColumnDef } from '@tanstack/react-table'
import type { Instance } from '../api/instance'
import { HealthMark } from '../components/health-mark'
import { StatusBadge } from '../components/status-badge'
import { DASH, formatMoney, formatNumber } from '../lib/format'
import { CHARGE_MODE_LABEL } from '../lib/pricing'
import { COLUMN_LABELS, type ColumnId } from './column-ids'
import type { instanceTableFeatures } from './table-features'

type Column = ColumnDef<typeof instanceTableFeatures, Instance> & { id: ColumnId }

const column = (id: ColumnId, cell: (instance: Instance) => React.ReactNode): Column => ({
  id,
  header: COLUMN_LABELS[id],
  accessorFn: (instance) => instance,
  cell: (context) => cell(context.row.original),
})

export const instanceColumns: Column[] = [
  column('name', (i) => (
    <div className="min-w-0">
      <div className="truncate font-medium text-slate-900">{i.name}</div>
      <div className="truncate font-mono text-xs text-slate-500" title={i.id}>
        {i.id.length > 22 ? `${i.id.slice(0, 21)}…` : i.id}
      </div>
    </div>
  )),
  column('status', (i) => (
    <span className="inline-flex items-center gap-1.5">
      <StatusBadge status={i.status} group={i.statusGroup} />
      <HealthMark healthy={i.healthy} />
    </span>
  )),
  column('gpu', (i) => (i.gpuCount > 0 ? `${i.gpuCount} × ${i.gpuType || 'GPU'}` : 'CPU only')),
  column('cpu', (i) => formatNumber(i.cpuCount)),
  column('memory', (i) =>
    i.memory.amount === null ? DASH : `${formatNumber(i.memory.amount)} ${i.memory.unit || 'GB'}`,
  ),
  column('region', (i) => (
    <div className="min-w-0">
      <div className="truncate">{i.region.name || DASH}</div>
      <div className="truncate text-xs text-slate-500">{i.region.location}</div>
    </div>
  )),
  column('price', (i) => (
    <div>
      <span className="tabular-nums">
        {i.billing.hourly === null ? DASH : `${formatMoney(i.billing.hourly)}/h`}
      </span>
      {i.isSpot && (
        <span className="ml-1 rounded bg-violet-100 px-1 text-xs font-medium text-violet-800">
          spot
        </span>
      )}
      <div className="text-xs text-slate-500">
        {CHARGE_MODE_LABEL[i.billing.chargeMode] ?? i.billing.chargeMode}
      </div>
    </div>
  )),
]
