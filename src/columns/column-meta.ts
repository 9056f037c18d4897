import type { ReactNode } from 'react'
import type { Instance } from '../api/instance'
import type { RowExtras } from '../model/row-context'
import type { SortSpec } from '../model/sort'

/** A spreadsheet cell: a number stays a number, text is text, null is an empty cell. */
export type ExportValue = string | number | null

/** One field of the CSV export: its header and its value for an instance. */
export interface ExportField {
  header: string
  value: (instance: Instance, extras: RowExtras) => ExportValue
}

/** How a cell is drawn: `now` drives relative times, `compact` is the one-line density. */
export interface CellArgs {
  now: number
  extras: RowExtras
  compact: boolean
}

/** Where a column's value goes on a phone's card (name and price, status, the details line). */
export type CardRole = 'title' | 'price' | 'status' | 'detail'

/** What the instances table knows of a column beyond TanStack's own (header, sizes, pinning). */
export interface InstanceColumnMeta {
  /** The column's name wherever a column is named: header, Columns menu, Sort by, exports. */
  label: string
  /** What sorting by it does, where the label alone would not say (the header's title). */
  sortTitle?: string
  sort: SortSpec
  /** The first click sorts biggest (or newest) first. */
  descFirst?: boolean
  cell: (instance: Instance, args: CellArgs) => ReactNode
  /** What it becomes in the CSV export: one or more fields. */
  exportFields: readonly ExportField[]
  card?: CardRole
}
