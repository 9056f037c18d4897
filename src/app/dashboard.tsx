import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react'
import type { Instance } from '../api/instance'
import { useInstances } from '../api/instances-query'
import { activeFilters } from '../model/active-filters'
import { summarize } from '../model/summary'
import { useViewState } from '../model/use-view-state'
import { serializeViewState } from '../model/view-state'
import { ChangesButton } from '../attention/changes-button'
import { useChangeLog } from '../attention/use-change-log'
import { CostButton } from '../cost/cost-button'
import { SummaryStrip } from '../instances/summary/summary-strip'
import { NoInstances, NoMatches } from '../instances/table/empty-states'
import { InstancesTable, type InstancesTableHandle } from '../instances/table/instances-table'
import { Toolbar } from '../instances/toolbar/toolbar'
import { useSession, type Session } from '../session/session-context'
import { Button } from '../components/button'
import { DashboardHeader } from './dashboard-header'
import { LoadProblems } from './load-problems'
import { LoadingStatus } from './loading-status'
import { RetryNotice } from './retry-notice'
import { SkipLink } from './skip-link'
import { useHelpKey } from './use-help-key'
import { useAttention } from './use-attention'
import { useDocumentTitle } from './use-document-title'
import { useRefreshInterval } from './use-refresh-interval'
import { useStatusObservations } from './use-status-observations'
import { useVisibleRows } from './use-visible-rows'

const NONE: readonly Instance[] = []

// The drawer is not needed for the first paint: it loads when an instance is first opened.
const InstanceDrawer = lazy(() =>
  import('../instance-detail/instance-drawer').then((module) => ({
    default: module.InstanceDrawer,
  })),
)
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((module) => ({ default: module.ShortcutsDialog })),
)

/** The signed-in page: header, summary, toolbar, table and the drawer of the open instance. */
export function Dashboard({ session }: { session: Session }) {
  const { signOut } = useSession()
  const [intervalMs, setIntervalMs] = useRefreshInterval()
  const query = useInstances(session.token, session.claims.subject, intervalMs || false)
  const [view, update] = useViewState()
  const all = query.data?.instances ?? NONE
  // What this page observed (status first seen at) and what needs attention: derived once per load.
  const observations = useStatusObservations(query.data?.instances, query.dataUpdatedAt)
  const attention = useAttention(all, observations)
  const context = useMemo(() => ({ attention, observations }), [attention, observations])
  const changes = useChangeLog(
    query.data?.instances,
    query.dataUpdatedAt,
    query.data?.missingPages.length === 0,
  )
  const rows = useVisibleRows(all, view, context)
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
        updatedAt={query.dataUpdatedAt}
        fetching={query.isFetching}
        onRefresh={refetch}
        intervalMs={intervalMs}
        onIntervalChange={setIntervalMs}
        expiresAt={session.claims.expiresAt}
        onSignOut={signOut}
        tools={
          <>
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
        {query.data && <SummaryStrip summary={summary} update={update} />}
        <Toolbar
          view={view}
          update={update}
          instances={all}
          shown={rows.length}
          loaded={query.data !== undefined}
          onSearchExit={focusRows}
          filterContext={context}
        />
        <RetryNotice />
        <LoadProblems error={query.error} result={query.data} onRetry={refetch} />
        {!query.data && query.isPending && <LoadingStatus />}
        {query.data && all.length === 0 && <NoInstances />}
        {(query.data ? all.length > 0 : query.isPending) && (
          <InstancesTable
            ref={tableRef}
            instances={rows}
            loading={!query.data}
            sort={view.sort}
            hidden={view.hide}
            onSortChange={(sort) => update({ sort })}
            onOpen={open}
            empty={<NoMatches filters={view} update={update} />}
            attention={attention}
            observations={observations}
          />
        )}
      </main>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
      {view.instance && query.data && (
        <Suspense fallback={null}>
          <InstanceDrawer
            id={view.instance}
            rows={rows}
            all={all}
            onNavigate={navigate}
            onClose={closeDrawer}
            flags={attention.get(view.instance)}
            observation={observations.get(view.instance)}
          />
        </Suspense>
      )}
    </div>
  )
}
