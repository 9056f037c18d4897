import type { Annotation, Annotations } from './annotations'
import { NO_ATTENTION, type AttentionFlag, type AttentionMap } from './attention'
import { NO_OBSERVATIONS, type Observation, type Observations } from './observations'
import type { Histories } from './status-history'
import type { StopMark } from './stop-state'

/**
 * What the dashboard knows of each row beyond the instance: attention flags, observed status
 * times, and what the user keeps on this device (labels, note, pin; the status history).
 */
export interface RowContext {
  attention: AttentionMap
  observations: Observations
  /** The user's labels, note and pin per instance (model/memory-store.ts); absent: none. */
  annotations?: Annotations
  /** The status history per instance, for the first sighting (spend so far without a creation time). */
  histories?: Histories
}

export const NO_ROW_CONTEXT: RowContext = { attention: NO_ATTENTION, observations: NO_OBSERVATIONS }

/** One row's share of the context. */
export interface RowExtras {
  flags?: readonly AttentionFlag[]
  observation?: Observation
  annotation?: Annotation
  /** When the dashboard first saw the instance (ms), if it has. */
  firstSeen?: number
  /** A stop sent and not yet shown by a list, or kept in view past the filters (rows only). */
  stop?: StopMark
}

export function rowExtras(context: RowContext, id: string): RowExtras {
  return {
    flags: context.attention.get(id),
    observation: context.observations.get(id),
    annotation: context.annotations?.get(id),
    firstSeen: context.histories?.get(id)?.firstSeen,
  }
}
