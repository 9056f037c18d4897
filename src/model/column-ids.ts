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
}

/** Columns whose first click sorts biggest (or newest) first. */
export const DESCENDING_FIRST: ReadonlySet<ColumnId> = new Set<ColumnId>([
  'gpu',
  'cpu',
  'memory',
  'price',
  'disk',
  'created',
])

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value)
}
