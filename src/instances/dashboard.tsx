import { lazy, Suspense, useCallback, useMemo, useRef } from 'react'
import type { Instance } from '../api/instance'
import { useInstances } from '../api/instances-query'
import { useSession, type Session } from '../session/session-context'
import { DashboardHeader } from './dashboard-header'
import { NoInstances, NoMatches } from './empty-state'
import { filterInstances } from './filters'
import { InstancesTable, type InstancesTableHandle } from './instances-table'
import { LoadProblems } from './load-problems'
import { RetryNotice } from './retry-notice'
import { useRefreshInterval } from './refresh-interval'
import { sortInstances } from './sort'
import { summarize } from './summary'
import { SummaryStrip } from './summary-strip'
import { LoadingStatus } from './table-skeleton'
import { Toolbar } from './toolbar'
import { useViewState } from './use-view-state'
import { EMPTY_FILTERS, filterKeyOf, parseViewState } from './view-state'

const NONE: readonly Instance[] = []

// The drawer is not needed for the first paint: it loads when an instance is first opened.
const InstanceDrawer = lazy(() =>
  import('../instance-detail/instance-drawer').then((module) => ({
    default: module.InstanceDrawer,
  })),
)

export function Dashboard({ session }: { session: Session }) {
  const { signOut } = useSession()
  const [intervalMs, setIntervalMs] = useRefreshInterval()
  const query = useInstances(session.token, session.claims.subject, intervalMs || false)
  const [view, update] = useViewState()
  const all = query.data?.instances ?? NONE

  // Keyed by the filter part of the URL only, so that opening an instance does not re-filter.
  const filterKey = filterKeyOf(view)
  const filtered = useMemo(() => filterInstances(all, parseViewState(filterKey)), [all, filterKey])
  const { id: sortId, desc } = view.sort
  const rows = useMemo(
    () => sortInstances(filtered, { id: sortId, desc }),
    [filtered, sortId, desc],
  )
  const summary = useMemo(() => summarize(all), [all])
  const tableRef = useRef<InstancesTableHandle>(null)
  const open = useCallback((instance: string) => update({ instance }), [update])
  const navigate = useCallback((instance: string) => update({ instance }, 'replace'), [update])
  const closeDrawer = useCallback(() => {
    const id = view.instance
    update({ instance: null })
    if (id) tableRef.current?.focusInstance(id)
  }, [update, view.instance])
  const refetch = () => void query.refetch()

  return (
    <div className="flex h-screen flex-col">
      <DashboardHeader
        updatedAt={query.dataUpdatedAt}
        fetching={query.isFetching}
        onRefresh={refetch}
        intervalMs={intervalMs}
        onIntervalChange={setIntervalMs}
        expiresAt={session.claims.expiresAt}
        onSignOut={signOut}
      />
      <main className="flex min-h-0 flex-1 flex-col">
        {query.data && <SummaryStrip summary={summary} update={update} />}
        <Toolbar
          view={view}
          update={update}
          instances={all}
          shown={rows.length}
          loaded={query.data !== undefined}
        />
        <RetryNotice />
        <LoadProblems error={query.error} result={query.data} onRetry={refetch} />
        {!query.data && query.isPending && <LoadingStatus />}
        {query.data && all.length === 0 && <NoInstances />}
        {query.data && all.length > 0 && rows.length === 0 && (
          <NoMatches onReset={() => update(EMPTY_FILTERS)} />
        )}
        {(query.data ? rows.length > 0 : query.isPending) && (
          <InstancesTable
            ref={tableRef}
            instances={rows}
            loading={!query.data}
            sort={view.sort}
            hidden={view.hide}
            onSortChange={(sort) => update({ sort })}
            onOpen={open}
          />
        )}
      </main>
      {view.instance && query.data && (
        <Suspense fallback={null}>
          <InstanceDrawer
            id={view.instance}
            rows={rows}
            all={all}
            onNavigate={navigate}
            onClose={closeDrawer}
          />
        </Suspense>
      )}
    </div>
  )
}
