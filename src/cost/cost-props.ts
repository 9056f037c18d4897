import type { Instance } from '../api/instance'

/** What the Cost button hands to the Cost view: the instances shown and how to open one. */
export interface CostProps {
  /** The instances the current filters show: the Cost view follows them. */
  instances: readonly Instance[]
  /** Every instance loaded, whatever the filters: budgets are for the whole fleet. */
  fleet: readonly Instance[]
  total: number
  /** The filters in use, as they read ("Region: us-east-1"). */
  filters: string[]
  instanceHref: (id: string) => string
  onOpenInstance: (id: string) => void
}
