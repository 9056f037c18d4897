import { Badge } from '../../components/badge'

/** A row's (or card's) status while its stop is requested and the list does not show it yet. */
export const PENDING_STATUS = (
  <span title="Stop requested; the list has not shown it yet">
    <Badge tone="info">Stopping (requested)</Badge>
  </span>
)

/**
 * A row's (or card's) look in each state, with an opaque background that its sticky cells take on
 * (they also draw their part of the focus ring: see sticky-columns.ts).
 */
export const rowClass = (selected: boolean) =>
  `cursor-pointer outline-offset-[-2px] hover:bg-surface-hover focus-visible:bg-accent-soft ${selected ? 'bg-accent-soft' : 'bg-canvas'}`
