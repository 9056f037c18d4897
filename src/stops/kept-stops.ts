import type { StopsState } from './stops-store'

const NONE: ReadonlySet<string> = new Set()

/**
 * The instances the view keeps showing whatever the filters say: those whose stop is being sent,
 * and those whose accepted stop's outcome is on screen, until the outcome is dismissed (so that a
 * stopped row does not vanish from a Running view before the user has read what happened).
 */
export function keptStops({ batch }: Pick<StopsState, 'batch'>): ReadonlySet<string> {
  if (!batch) return NONE
  const targets = batch.result ? batch.result.stopped : batch.targets
  return targets.length > 0 ? new Set(targets.map((target) => target.id)) : NONE
}
