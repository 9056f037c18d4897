import type { Instance } from '../api/instance'
import { STATUS_GROUP_RANK } from '../lib/status'
import type { ColumnId } from './column-ids'

export interface Sort {
  id: ColumnId
  desc: boolean
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

type Key = (instance: Instance) => number | string | null

/** The value each column sorts by; null (unknown) always sorts last, whichever the direction. */
const SORT_KEYS: Record<ColumnId, Key[]> = {
  name: [(i) => i.name],
  status: [(i) => STATUS_GROUP_RANK[i.statusGroup], (i) => i.status, (i) => i.name],
  gpu: [(i) => i.gpuCount, (i) => i.gpuType],
  cpu: [(i) => i.cpuCount],
  memory: [(i) => i.memory.amount],
  region: [(i) => i.region.name || null, (i) => i.region.location],
  price: [(i) => i.billing.hourly],
  disk: [(i) => i.diskPercent],
  created: [(i) => i.createdAt],
  stops: [(i) => i.scheduledStopAt],
}

function compareValues(
  a: number | string | null,
  b: number | string | null,
  desc: boolean,
): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  const order =
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))
  return desc ? -order : order
}

/** Sorts a copy; ties fall back to name, then id, so that the order is stable. */
export function sortInstances(instances: readonly Instance[], sort: Sort): Instance[] {
  const keys = SORT_KEYS[sort.id]
  // Decorate once so that each key is computed n times rather than n log n times.
  const decorated = instances.map((instance) => ({
    instance,
    values: keys.map((key) => key(instance)),
  }))
  decorated.sort((a, b) => {
    for (let index = 0; index < keys.length; index++) {
      const order = compareValues(a.values[index] ?? null, b.values[index] ?? null, sort.desc)
      if (order !== 0) return order
    }
    return (
      collator.compare(a.instance.name, b.instance.name) || (a.instance.id < b.instance.id ? -1 : 1)
    )
  })
  return decorated.map((entry) => entry.instance)
}
