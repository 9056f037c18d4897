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

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value)
}

/** Column widths in px; the table is fixed-layout so rows never reflow while scrolling. */
export const COLUMN_WIDTHS: Record<ColumnId, number> = {
  name: 240,
  status: 160,
  gpu: 170,
  cpu: 90,
  memory: 100,
  region: 150,
  price: 140,
  disk: 130,
  created: 120,
  stops: 130,
}
