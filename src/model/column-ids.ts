export const COLUMN_IDS = [
  'name',
  'status',
  'gpu',
  'cpu',
  'memory',
  'region',
  'price',
  'disk',
  'created',
  'stops',
  'since',
] as const

export type ColumnId = (typeof COLUMN_IDS)[number]

export const COLUMN_LABELS: Record<ColumnId, string> = {
  name: 'Name',
  status: 'Status',
  gpu: 'GPU',
  cpu: 'CPU cores',
  memory: 'Memory',
  region: 'Region',
  price: 'Price',
  disk: 'Disk',
  created: 'Created',
  stops: 'Stops',
  since: 'In status for',
}

/** What a header's sort does, where its label alone would not say (its title). */
export const COLUMN_SORT_TITLES: Partial<Record<ColumnId, string>> = {
  price:
    'Sort by price per hour: each charge (per day, week or month) is normalised to an hourly figure (a month is 30 days)',
  since:
    'Sort by how long each instance has been in its status, as this page observed it (HPC-AI gives no status times)',
}

/** Columns whose first click sorts biggest (or newest) first. */
export const DESCENDING_FIRST: ReadonlySet<ColumnId> = new Set<ColumnId>([
  'gpu',
  'cpu',
  'memory',
  'price',
  'disk',
  'created',
  'since',
])

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value)
}
