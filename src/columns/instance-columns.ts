import type { ColumnId } from '../model/column-ids'
import { sortByColumn, type Sort, type SortSpecs } from '../model/sort'
import type { InstanceColumnDef } from './column-def'
import { nameColumn, statusColumn } from './identity-columns'
import { cpuColumn, diskColumn, gpuColumn, memoryColumn, regionColumn } from './machine-columns'
import { priceColumn } from './price-column'
import { spendColumn } from './spend-column'
import { createdColumn, sinceColumn, stopsColumn } from './time-columns'

/** Every column of the instances table, by id: the one place a column is defined. */
export const COLUMNS: Readonly<Record<ColumnId, InstanceColumnDef>> = {
  name: { ...nameColumn, enableHiding: false },
  status: statusColumn,
  gpu: gpuColumn,
  price: priceColumn,
  region: regionColumn,
  disk: diskColumn,
  since: sinceColumn,
  created: createdColumn,
  stops: stopsColumn,
  cpu: cpuColumn,
  memory: memoryColumn,
  spend: spendColumn,
}

/** The definitions as TanStack Table takes them. */
export const COLUMN_DEFS: readonly InstanceColumnDef[] = Object.values(COLUMNS)

/** How each column sorts, and which way its first click sorts, for the sort index. */
export const SORT_SPECS: SortSpecs = Object.fromEntries(
  COLUMN_DEFS.map((column) => [
    column.id,
    { ...column.meta.sort, descFirst: Boolean(column.meta.descFirst) },
  ]),
) as SortSpecs

export const columnLabel = (id: ColumnId): string => COLUMNS[id].meta.label

/** The sort a click on a column asks for: its other direction, or its first one. */
export const sortByColumnId = (current: Sort, id: ColumnId): Sort =>
  sortByColumn(current, id, Boolean(COLUMNS[id].meta.descFirst))
