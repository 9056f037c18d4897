import { NO_ATTENTION, type AttentionFlag, type AttentionMap } from './attention'
import { NO_OBSERVATIONS, type Observation, type Observations } from './observations'

/** What the dashboard knows of each row beyond the instance: attention flags, observed status times. */
export interface RowContext {
  attention: AttentionMap
  observations: Observations
}

export const NO_ROW_CONTEXT: RowContext = { attention: NO_ATTENTION, observations: NO_OBSERVATIONS }

/** One row's share of the context. */
export interface RowExtras {
  flags?: readonly AttentionFlag[]
  observation?: Observation
}

export function rowExtras(context: RowContext, id: string): RowExtras {
  return { flags: context.attention.get(id), observation: context.observations.get(id) }
}
