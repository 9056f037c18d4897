import { useState } from 'react'
import type { Instance } from '../api/instance'
import type { KeptInstances } from '../model/filters'
import type { StopsState } from '../stops/stops-store'

/**
 * The instances a stop batch keeps in view, each as it was when first kept: those being sent,
 * then those HPC-AI accepted, until the outcome is dismissed (so that a stopped row does not
 * vanish from a Running view before the user has read what happened). The view filters them as
 * they were, so that what the stop changed does not take them out of view. Worked out when the
 * batch's targets or result change, not on each answer.
 */
export function useKeptInstances(
  all: readonly Instance[],
  batch: StopsState['batch'],
): KeptInstances {
  const targets = batch ? (batch.result?.stopped ?? batch.targets) : null
  const [state, setState] = useState<{ targets: typeof targets; kept: KeptInstances }>({
    targets,
    kept: new Map(),
  })
  if (state.targets === targets) return state.kept
  const ids = new Set(targets?.map((target) => target.id))
  const kept = new Map([...state.kept].filter(([id]) => ids.has(id)))
  for (const instance of all)
    if (ids.has(instance.id) && !kept.has(instance.id)) kept.set(instance.id, instance)
  setState({ targets, kept })
  return kept
}
