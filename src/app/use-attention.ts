import { useState } from 'react'
import type { Instance } from '../api/instance'
import { useNow } from '../lib/use-now'
import { attentionOf, type AttentionMap } from '../model/attention'
import type { Observations } from '../model/observations'

/**
 * The needs-attention flags of the fleet, recomputed when the data or the observations change and
 * every 30 s (stuck and scheduled-stop flags depend on the time). Unchanged flags keep their
 * identity, so that memoised rows do not re-render.
 */
export function useAttention(all: readonly Instance[], observations: Observations): AttentionMap {
  const now = useNow(30_000)
  const [state, setState] = useState(() => ({
    all,
    observations,
    now,
    map: attentionOf(all, observations, now),
  }))
  if (state.all !== all || state.observations !== observations || state.now !== now) {
    const map = attentionOf(all, observations, now, state.map)
    setState({ all, observations, now, map })
    return map
  }
  return state.map
}
