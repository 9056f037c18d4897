import { useCallback, useRef, useState } from 'react'
import { activeFilters } from '../model/active-filters'
import { useListViewState } from '../model/use-view-state'
import { serializeViewState } from '../model/view-state'
import type { InstancesTableHandle } from '../instances/table/instances-table'
import type { Session } from '../session/session-context'
import { useActionsOwner } from '../stops/actions-session'
import { useStopAccess } from '../stops/use-stop-access'
import { ButtonPlaceholders } from '../components/button-placeholders'
import { LazyPart } from '../components/lazy-part'
import { DashboardHeader } from './dashboard-header'
import { DashboardMain } from './dashboard-main'
import { HEADER_TOOL_LABELS } from './header-tool-labels'
import { HeaderTools, ShortcutsDialog } from './lazy-parts'
import { OpenInstanceDrawer } from './open-instance-drawer'
import { SkipLink } from './skip-link'
import { useFleet } from './use-fleet'
import { useHelpKey } from './use-help-key'
import { useRefreshInterval } from './use-refresh-interval'

/** The signed-in page: header, summary, toolbar, table and the drawer of the open instance. */
export function Dashboard({
  session,
  onSignOut,
  onForgotten,
}: {
  session: Session
  onSignOut: () => void
  /** This device's data was forgotten (here or in another tab): sign out and say so. */
  onForgotten: () => void
}) {
  const [intervalMs, setIntervalMs] = useRefreshInterval()
  useActionsOwner(session.claims.subject)
  const [view, update] = useListViewState()
  const fleet = useFleet(session, view, intervalMs, onForgotten)
  const { query, actions, all, rows, context, partial } = fleet
  const stopAccess = useStopAccess(actions.pending, actions.sending)
  const tableRef = useRef<InstancesTableHandle>(null)
  const open = useCallback((instance: string) => update({ instance }), [update])
  const navigate = useCallback((instance: string) => update({ instance }, 'replace'), [update])
  const closeDrawer = useCallback(
    (id: string) => {
      update({ instance: null })
      tableRef.current?.focusInstance(id)
    },
    [update],
  )
  const instanceHref = (instance: string) => serializeViewState({ ...view, instance }) || '?'
  const focusRows = useCallback(() => tableRef.current?.focusRows(), [])
  const [helpOpen, setHelpOpen] = useState(false)
  const openHelp = useCallback(() => setHelpOpen(true), [])
  useHelpKey(openHelp)

  return (
    <div className="flex h-screen flex-col">
      <SkipLink onSkip={focusRows} />
      <DashboardHeader
        updatedAt={fleet.complete ? query.dataUpdatedAt : 0}
        fetching={query.isFetching}
        onRefresh={() => void query.refetch()}
        intervalMs={intervalMs}
        onIntervalChange={setIntervalMs}
        expiresAt={session.claims.expiresAt}
        onSignOut={onSignOut}
        tools={
          <LazyPart fallback={<ButtonPlaceholders labels={HEADER_TOOL_LABELS} />}>
            <HeaderTools
              changes={fleet.changes}
              rows={rows}
              all={all}
              filters={activeFilters(view).map((filter) => filter.label)}
              instanceHref={instanceHref}
              onOpenInstance={open}
              onHelp={openHelp}
              onForgotten={onForgotten}
            />
          </LazyPart>
        }
      />
      <DashboardMain
        session={session}
        fleet={fleet}
        view={view}
        update={update}
        tableRef={tableRef}
        onOpen={open}
        onSearchExit={focusRows}
      />
      {helpOpen && (
        <LazyPart>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </LazyPart>
      )}
      {query.data && (
        <OpenInstanceDrawer
          rows={rows}
          all={all}
          attention={context.attention}
          observations={context.observations}
          partial={partial}
          stopAccess={stopAccess}
          onNavigate={navigate}
          onClose={closeDrawer}
        />
      )}
    </div>
  )
}
