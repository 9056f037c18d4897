import type { Instance } from '../api/instance'
import { LazyPart } from '../components/lazy-part'
import type { AttentionFlag } from '../model/attention'
import type { Observation } from '../model/observations'
import { StopAccessContext, type StopAccess } from '../model/stop-access'
import { useOpenInstance } from '../model/use-view-state'
import { InstanceDrawer } from './lazy-parts'
import { StopInstanceSlot } from './stop-parts'

interface Props {
  /** The rows as the table shows them (next / previous) and every instance loaded. */
  rows: readonly Instance[]
  all: readonly Instance[]
  attention: ReadonlyMap<string, readonly AttentionFlag[]>
  observations: ReadonlyMap<string, Observation>
  /** Set while pages are still loading ("1,240 of 10,000 loaded"). */
  partial?: string
  stopAccess: StopAccess
  onNavigate: (id: string) => void
  onClose: (id: string) => void
}

/**
 * The drawer of the instance the URL opens. It follows `instance=` on its own, so opening,
 * stepping through and closing instances re-render the drawer, not the page behind it.
 */
export function OpenInstanceDrawer(props: Props) {
  const { rows, all, attention, observations, partial, stopAccess, onNavigate, onClose } = props
  const id = useOpenInstance()
  if (!id) return null
  return (
    <StopAccessContext value={stopAccess}>
      <LazyPart>
        <InstanceDrawer
          id={id}
          rows={rows}
          all={all}
          partial={partial}
          onNavigate={onNavigate}
          onClose={() => onClose(id)}
          renderActions={(instance) => <StopInstanceSlot instance={instance} />}
          flags={attention.get(id)}
          observation={observations.get(id)}
        />
      </LazyPart>
    </StopAccessContext>
  )
}
