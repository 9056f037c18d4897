import type { Instance } from '../api/instance'
import {
  billingKindLabel,
  chargeModeLabel,
  liveHealthLabel,
  statusLabel,
} from '../lib/instance-format'
import { billingKind } from '../lib/pricing'
import { liveHealth } from '../lib/status'
import { COLUMN_IDS, COLUMN_LABELS, type ColumnId } from '../model/column-ids'
import { NO_ROW_CONTEXT, rowExtras, type RowContext, type RowExtras } from '../model/row-context'
import { toCsv, type CsvValue } from './csv'

interface CsvColumn {
  header: string
  value: (instance: Instance, extras: RowExtras) => CsvValue
}

/** ISO 8601 in UTC (`2026-11-28T09:30:00.000Z`), or an empty cell. */
export function isoTime(ms: number | null): string | null {
  if (ms === null) return null
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

const text = (value: string): string | null => value || null

/**
 * What each table column becomes in a spreadsheet: one or more fields, numbers as numbers with the
 * unit in the header, times in UTC. The name column brings the instance id, since names repeat.
 */
export const CSV_COLUMNS: Record<ColumnId, CsvColumn[]> = {
  name: [
    { header: COLUMN_LABELS.name, value: (i) => i.name },
    { header: 'Instance ID', value: (i) => i.id },
  ],
  status: [
    { header: COLUMN_LABELS.status, value: (i) => statusLabel(i.status) },
    {
      header: 'Health',
      value: (i) =>
        liveHealthLabel(
          liveHealth(i.healthy, i.statusGroup, i.diagnosisReason, i.diagnosisMessage),
          i.status,
          i.diagnosisReason,
        ),
    },
    {
      header: 'Needs attention',
      value: (_, { flags }) => (flags?.length ? flags.map((flag) => flag.label).join('; ') : null),
    },
  ],
  gpu: [
    { header: 'GPUs', value: (i) => i.gpuCount },
    { header: 'GPU type', value: (i) => (i.gpuCount > 0 ? i.gpuType || 'GPU' : null) },
  ],
  cpu: [{ header: COLUMN_LABELS.cpu, value: (i) => i.cpuCount }],
  memory: [
    { header: COLUMN_LABELS.memory, value: (i) => i.memory.amount },
    {
      header: 'Memory unit',
      value: (i) => (i.memory.amount === null ? null : i.memory.unit || 'GB'),
    },
  ],
  region: [
    { header: COLUMN_LABELS.region, value: (i) => text(i.region.name) },
    { header: 'Location', value: (i) => text(i.region.location) },
  ],
  price: [
    { header: 'Price per hour (USD)', value: (i) => i.billing.hourly },
    {
      header: 'Charge mode',
      value: (i) => text(i.billing.chargeMode && chargeModeLabel(i.billing.chargeMode)),
    },
    {
      header: 'Billing',
      value: (i) => billingKindLabel(billingKind(i.billing.type, i.billing.chargeMode, i.isSpot)),
    },
  ],
  disk: [{ header: 'Disk used (%)', value: (i) => i.diskPercent }],
  created: [{ header: 'Created (UTC)', value: (i) => isoTime(i.createdAt) }],
  stops: [{ header: 'Scheduled stop (UTC)', value: (i) => isoTime(i.scheduledStopAt) }],
  since: [
    {
      header: 'In status since (UTC)',
      value: (_, { observation }) => isoTime(observation?.since ?? null),
    },
    {
      // "no": the status already held when the page first loaded, so the time is a lower bound.
      header: 'Status change seen',
      value: (_, { observation }) => (observation ? (observation.seenStart ? 'yes' : 'no') : null),
    },
  ],
}

/** The rows as CSV, in their order, with the columns the view shows (the name always). */
export function instancesCsv(
  rows: readonly Instance[],
  hidden: readonly ColumnId[],
  context: RowContext = NO_ROW_CONTEXT,
): string {
  const columns = COLUMN_IDS.filter((id) => id === 'name' || !hidden.includes(id)).flatMap(
    (id) => CSV_COLUMNS[id],
  )
  return toCsv(
    columns.map((column) => column.header),
    rows.map((row) => {
      const extras = rowExtras(context, row.id)
      return columns.map((column) => column.value(row, extras))
    }),
  )
}
