import type { ReactNode, Ref } from 'react'
import type { Instance } from '../../api/instance'
import type { Density } from '../../columns/density'
import type { InstanceTable } from '../../columns/use-instance-table'
import type { Annotations } from '../../model/annotations'
import type { AttentionMap } from '../../model/attention'
import type { Histories } from '../../model/status-history'
import type { Observations } from '../../model/observations'
import type { Sort } from '../../model/sort'
import type { TableSelection } from './select-cells'

export interface InstancesTableHandle {
  /** Scrolls to an instance's row and focuses it (after the drawer closes). */
  focusInstance: (id: string) => void
  /** Focuses the row last active (from the search field, or the skip link). */
  focusRows: () => void
}

export interface InstancesTableProps {
  ref?: Ref<InstancesTableHandle>
  instances: readonly Instance[]
  /** The column model: which columns, in which order, how wide, which pinned. */
  instanceTable: InstanceTable
  density: Density
  sort: Sort
  onSortChange: (sort: Sort) => void
  onOpen: (id: string) => void
  /** The first load is still running: placeholder rows instead of instances. */
  loading?: boolean
  /** Shown under the headers when there is no row to show. */
  empty?: ReactNode
  /** What floats over the bottom of the rows without moving them (selection bar, notices). */
  overlay?: ReactNode
  /** Rows can be selected: a checkbox column first (neither sortable nor hideable). */
  selection?: TableSelection
  /** Ids shown as "Stop requested" until the list shows their real status. */
  pending?: { has: (id: string) => boolean }
  /** Ids shown only because their stop's outcome is on screen (marked so). */
  kept?: ReadonlySet<string>
  /** Attention flags by instance id (only flagged ones) and what the dashboard observed of statuses. */
  attention?: AttentionMap
  observations?: Observations
  /** What the user keeps on this device: labels, notes, pins; and the status histories. */
  annotations?: Annotations
  histories?: Histories
  /**
   * Changes when new data arrives (a later page of the load, a refresh): the row under the
   * pointer, the focused row or the first row in view then stays where it is on screen.
   */
  dataVersion?: unknown
}
