/**
 * The columns' ids: the vocabulary of the URL (`sort=-price`, `cols=name.status`). Everything else
 * about a column (header, cell, width, sort, export, place on a phone card) is its one definition
 * in src/columns/. Ids are lower-case letters only: the URL's width list (`w=name260`) relies on it.
 */
export const COLUMN_IDS = [
  'name',
  'status',
  'gpu',
  'price',
  'region',
  'disk',
  'since',
  'created',
  'stops',
  'cpu',
  'memory',
  'spend',
] as const

export type ColumnId = (typeof COLUMN_IDS)[number]

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value)
}
