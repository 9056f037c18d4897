import { usageMark } from '../components/usage-mark'
import { DASH } from '../lib/format'
import { formatAmount, formatGpu, formatPercent } from '../lib/instance-format'
import { defineColumn } from './column-def'

const text = (value: string): string | null => value || null

export const gpuColumn = defineColumn(
  'gpu',
  {
    label: 'GPU',
    sort: { keys: [(i) => i.gpuCount, (i) => i.gpuType.toLowerCase()] },
    descFirst: true,
    cell: (i) => {
      const gpu = formatGpu(i.gpuCount, i.gpuType)
      return <span title={gpu}>{gpu}</span>
    },
    exportFields: [
      { header: 'GPUs', value: (i) => i.gpuCount },
      { header: 'GPU type', value: (i) => (i.gpuCount > 0 ? i.gpuType || 'GPU' : null) },
    ],
    card: 'detail',
  },
  { size: 175 },
)

export const cpuColumn = defineColumn(
  'cpu',
  {
    label: 'CPU cores',
    sort: { keys: [(i) => i.cpuCount] },
    descFirst: true,
    cell: (i) => formatAmount(i.cpuCount, ''),
    exportFields: [{ header: 'CPU cores', value: (i) => i.cpuCount }],
  },
  { size: 96 },
)

export const memoryColumn = defineColumn(
  'memory',
  {
    label: 'Memory',
    sort: { keys: [(i) => i.memory.amount] },
    descFirst: true,
    cell: (i) => formatAmount(i.memory.amount, i.memory.unit || 'GB'),
    exportFields: [
      { header: 'Memory', value: (i) => i.memory.amount },
      {
        header: 'Memory unit',
        value: (i) => (i.memory.amount === null ? null : i.memory.unit || 'GB'),
      },
    ],
  },
  { size: 96 },
)

export const regionColumn = defineColumn(
  'region',
  {
    label: 'Region',
    sort: {
      keys: [(i) => i.region.name.toLowerCase() || null, (i) => i.region.location.toLowerCase()],
    },
    // The location on a second line, or only in the title when compact.
    cell: (i, { compact }) => (
      <>
        <span
          className="block truncate"
          title={
            compact && i.region.location ? `${i.region.name}, ${i.region.location}` : i.region.name
          }
        >
          {i.region.name || DASH}
        </span>
        {!compact && (
          <span className="block truncate text-xs text-fg-subtle" title={i.region.location}>
            {i.region.location}
          </span>
        )}
      </>
    ),
    exportFields: [
      { header: 'Region', value: (i) => text(i.region.name) },
      { header: 'Location', value: (i) => text(i.region.location) },
    ],
    card: 'detail',
  },
  { size: 140 },
)

export const diskColumn = defineColumn(
  'disk',
  {
    label: 'Disk',
    sort: { keys: [(i) => i.diskPercent] },
    descFirst: true,
    cell: (i) =>
      i.diskPercent === null ? DASH : usageMark(i.diskPercent, formatPercent(i.diskPercent)),
    exportFields: [{ header: 'Disk used (%)', value: (i) => i.diskPercent }],
    card: 'detail',
  },
  { size: 105 },
)
