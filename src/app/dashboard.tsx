import { useCallback, useMemo, useRef, useState } from 'react'
import type { Instance } from '../api/instance'
import { useInstances } from '../api/instances-query'
import { loadedSoFar } from '../lib/format'
import { activeFilters } from '../model/active-filters'
import { summarize } from '../model/summary'
import { useViewState } from '../model/use-view-state'
import { ActivityButton } from '../stops/activity-button'
import { useActionsOwner } from '../stops/actions-session'
import { FAST_REFRESH_MS } from '../stops/stop-timing'
import { useSelection } from '../stops/selection-store'
import { useActionsState } from '../stops/use-actions-state'
import { useStopAccess } from '../stops/use-stop-access'
import { StopAccessContext } from '../model/stop-access'
import { serializeViewState } from '../model/view-state'
import { ChangesButton } from '../changes/changes-button'
import { useChangeLog } from '../changes/use-change-log'
import { CostButton } from '../cost/cost-button'
import { SummaryStrip } from '../instances/summary/summary-strip'
import { InstancesTable, type InstancesTableHandle } from '../instances/table/instances-table'
import { Toolbar } from '../instances/toolbar/toolbar'
import { useSession, type Session } from '../session/session-context'
import { ExportToolsPlaceholder } from './export-tools-placeholder'
import { Button } from '../components/button'
import { LazyPart } from '../components/lazy-part'
import { DashboardHeader } from './dashboard-header'
import { LoadProblems } from './load-problems'
import { ExportTools, InstanceDrawer, NoInstances, NoMatches, ShortcutsDialog } from './lazy-parts'
import { RetryNotice } from './retry-notice'
import { SkipLink } from './skip-link'
import { useHelpKey } from './use-help-key'
import { useAttention } from './use-attention'
import { useDocumentTitle } from './use-document-title'
import { useRefreshInterval } from './use-refresh-interval'
import { StopActions, StopInstanceSlot, StopWatch } from './stop-parts'
import { useStatusObservations } from './use-status-observations'
import { useKeptInstances } from './use-kept-instances'
import { useVisibleRows } from './use-visible-rows'

const NONE: readonly Instance[] = []

/** The signed-in page: header, summary, toolbar, table and the drawer of the open instance. */
export function Dashboard({ session }: { session: Session }) {
  const { signOut, endSession } = useSession()
  const [intervalMs, setIntervalMs] = useRefreshInterval()
  useActionsOwner(session.claims.subject)
  const actions = useActionsState()
  const stopAccess = useStopAccess(actions.pending, actions.sending)
  // While a stop is watched the list refreshes fast, whatever the chosen interval.
  const refreshMs = actions.watching ? FAST_REFRESH_MS : intervalMs || false
  const query = useInstances(session.token, session.claims.subject, refreshMs)
  const [view, update] = useViewState()
  const all = query.data?.instances ?? NONE
  // While pages still arrive, rows show at once; what compares loads waits for a complete one.
  const complete = query.data?.partial ? undefined : query.data
  const partial = query.data?.partial ? loadedSoFar(all.length, query.data.totalEntries) : undefined
  // What this page observed (status first seen at) and what needs attention: derived once per load.
  const observations = useStatusObservations(complete?.instances, query.dataUpdatedAt)
  const attention = useAttention(all, observations)
  const context = useMemo(() => ({ attention, observations }), [attention, observations])
  const changes = useChangeLog(
    complete?.instances,
    query.dataUpdatedAt,
    complete?.missingPages.length === 0,
  )
  const kept = useKeptInstances(all, actions.batch)
  const rows = useVisibleRows(all, view, context, Boolean(partial), kept)
  const selection = useSelection(rows)
  const summary = useMemo(() => summarize(all, attention), [all, attention])
  useDocumentTitle(summary.needsAttention)
  const tableRef = useRef<InstancesTableHandle>(null)
  const open = useCallback((instance: string) => update({ instance }), [update])
  const navigate = useCallback((instance: string) => update({ instance }, 'replace'), [update])
  const closeDrawer = useCallback(() => {
    const id = view.instance
    update({ instance: null })
    if (id) tableRef.current?.focusInstance(id)
  }, [update, view.instance])
  const instanceHref = (instance: string) => serializeViewState({ ...view, instance }) || '?'
  const refetch = () => void query.refetch()
  const focusRows = useCallback(() => tableRef.current?.focusRows(), [])
  const [helpOpen, setHelpOpen] = useState(false)
  const openHelp = useCallback(() => setHelpOpen(true), [])
  useHelpKey(openHelp)

  return (
    <div className="flex h-screen flex-col">
      <SkipLink onSkip={focusRows} />
      <DashboardHeader
        updatedAt={complete ? query.dataUpdatedAt : 0}
        fetching={query.isFetching}
        onRefresh={refetch}
        intervalMs={intervalMs}
        onIntervalChange={setIntervalMs}
        expiresAt={session.claims.expiresAt}
        onSignOut={signOut}
        tools={
          <>
            <ActivityButton />
            <ChangesButton log={changes} instanceHref={instanceHref} onOpenInstance={open} />
            <CostButton
              instances={rows}
              total={all.length}
              filters={activeFilters(view).map((filter) => filter.label)}
              instanceHref={instanceHref}
              onOpenInstance={open}
            />
            <Button
              onClick={openHelp}
              aria-label="Keyboard shortcuts"
              title="Keyboard shortcuts (?)"
            >
              <span aria-hidden="true">?</span>
            </Button>
          </>
        }
      />
      <main className="flex min-h-0 flex-1 flex-col">
        {(query.data || query.isPending) && (
          <SummaryStrip summary={summary} update={update} partial={partial} loading={!query.data} />
        )}
        <Toolbar
          view={view}
          update={update}
          instances={all}
          shown={rows.length}
          load={query.data ? 'loaded' : query.isError ? 'failed' : 'loading'}
          partial={partial}
          onSearchExit={focusRows}
          filterContext={context}
          tools={
            <LazyPart fallback={<ExportToolsPlaceholder />}>
              <ExportTools rows={rows} view={view} context={context} disabled={!complete} />
            </LazyPart>
          }
        />
        <RetryNotice />
        <LoadProblems error={query.error} result={query.data} onRetry={refetch} />
        {actions.active && query.data && (
          <LazyPart>
            <StopActions
              token={session.token}
              all={all}
              rows={rows}
              view={view}
              filterContext={context}
              kept={kept}
              onAuthExpired={endSession}
            />
          </LazyPart>
        )}
        {(actions.watching || actions.pending.size > 0) && (
          <LazyPart>
            <StopWatch instances={complete?.instances} loadedAt={query.dataUpdatedAt} />
          </LazyPart>
        )}
        {complete && all.length === 0 && (
          <LazyPart>
            <NoInstances />
          </LazyPart>
        )}
        {(query.data ? all.length > 0 : query.isPending) && (
          <InstancesTable
            ref={tableRef}
            instances={rows}
            loading={!query.data}
            sort={view.sort}
            hidden={view.hide}
            onSortChange={(sort) => update({ sort })}
            onOpen={open}
            empty={
              <LazyPart>
                <NoMatches filters={view} update={update} />
              </LazyPart>
            }
            selection={selection}
            pending={actions.pending}
            attention={attention}
            observations={observations}
            dataVersion={all}
          />
        )}
      </main>
      {helpOpen && (
        <LazyPart>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </LazyPart>
      )}
      {view.instance && query.data && (
        <StopAccessContext value={stopAccess}>
          <LazyPart>
            <InstanceDrawer
              id={view.instance}
              rows={rows}
              all={all}
              onNavigate={navigate}
              onClose={closeDrawer}
              renderActions={(instance) => <StopInstanceSlot instance={instance} />}
              flags={attention.get(view.instance)}
              observation={observations.get(view.instance)}
              partial={partial}
            />
          </LazyPart>
        </StopAccessContext>
      )}
    </div>
  )
}
