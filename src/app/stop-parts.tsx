import { lazy } from 'react'
import type { Instance } from '../api/instance'
import { LazyPart } from '../components/lazy-part'

// The stop controls load on first use: a selection, or Stop instance in the drawer.
export const StopActions = lazy(() =>
  import('../stops/stop-actions').then((module) => ({ default: module.StopActions })),
)
// Watching the stops in progress starts with the first stop sent.
export const StopWatch = lazy(() =>
  import('../stops/stop-watch').then((module) => ({ default: module.StopWatch })),
)
const StopInstanceButton = lazy(() =>
  import('../stops/stop-instance-button').then((module) => ({
    default: module.StopInstanceButton,
  })),
)

/** The drawer's slot for actions on its instance. */
export function StopInstanceSlot({ instance }: { instance: Instance }) {
  return (
    <LazyPart>
      <StopInstanceButton instance={instance} />
    </LazyPart>
  )
}
