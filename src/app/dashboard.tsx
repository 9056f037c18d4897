import { useCallback, useMemo, useRef, useState } from 'react'
import type { Instance } from '../api/instance'
import { useInstances } from '../api/instances-query'
import { loadedSoFar } from '../lib/format'
import { activeFilters } from '../model/active-filters'
import { overBudgetBy } from '../model/budget'
import { keptOutside } from '../model/kept-outside'
import { useMemory } from '../model/memory-store'
import { summarize } from '../model/summary'
import { useViewState } from '../model/use-view-state'
import { useActionsOwner } from '../stops/actions-session'
import { FAST_REFRESH_MS } from '../stops/stop-timing'
import { useSelection } from '../stops/selection-store'
import { useActionsState } from '../stops/use-actions-state'
import { useStopAccess } from '../stops/use-stop-access'
import { StopAccessContext } from '../model/stop-access'
import { serializeViewState } from '../model/view-state'
import { useChangeLog } from '../changes/use-change-log'
import { SummaryStrip } from '../instances/summary/summary-strip'
import { InstancesTable, type InstancesTableHandle } from '../instances/table/instances-table'
import { Toolbar } from '../instances/toolbar/toolbar'
import { useSession, type Session } from '../session/session-context'
import { ButtonPlaceholders } from '../components/button-placeholders'
import { Dock } from '../components/dock'
import { LazyPart } from '../components/lazy-part'
import { DashboardHeader } from './dashboard-header'
import { LoadProblems } from './load-problems'
import {
  ExportTools,
  HeaderTools,
  InstanceDrawer,
  NoInstances,
  NoMatches,
  ShortcutsDialog,
} from './lazy-parts'
import { HEADER_TOOL_LABELS } from './header-tool-labels'
import { EXPORT_TOOL_LABELS } from './export-tool-labels'
import { RetryNotice } from './retry-notice'
import { SkipLink } from './skip-link'
import { useHelpKey } from './use-help-key'
import { useAttention } from './use-attention'
import { useBudgetAlert } from './use-budget-alert'
import { useDocumentTitle } from './use-document-title'
import { useRefreshInterval } from './use-refresh-interval'
import { StopActions, StopInstanceSlot, StopWatch } from './stop-parts'
import { useAccountMemory } from './use-account-memory'
import { useKeptInstances } from './use-kept-instances'
import { useVisibleRows } from './use-visible-rows'
import { useColumnLayout } from './use-column-layout'
import { ColumnMenu } from '../instances/toolbar/column-menu'

const NONE: readonly Instance[] = []

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
  const { endSession } = useSession()
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
  // What the dashboard observed of statuses (kept on this device, so a reload keeps the clock)
  // and what needs attention: derived once per load.
  useAccountMemory(
    session.claims.subject,
    complete && {
      instances: complete.instances,
      at: query.dataUpdatedAt,
      complete: complete.missingPages.length === 0,
    },
    onForgotten,
  )
  const memory = useMemory()
  const { observations, annotations } = memory
  const attention = useAttention(all, observations)
  const { histories } = memory
  const loadedAt = query.dataUpdatedAt
  const context = useMemo(
    () => ({ attention, observations, annotations, histories, loadedAt }),
    [attention, observations, annotations, histories, loadedAt],
  )
  const changes = useChangeLog(
    complete?.instances,
    query.dataUpdatedAt,
    complete?.missingPages.length === 0,
  )
  const labelsInUse = useMemo(
    () => [...annotations.values()].some((annotation) => annotation.labels.length > 0),
    [annotations],
  )
  const kept = useKeptInstances(all, actions.batch)
  // Of those, the ones shown only because their stop's outcome is on screen: their rows say so.
  const keptOutsideIds = useMemo(
    () => keptOutside(all, view, context, kept),
    [all, view, context, kept],
  )
  const rows = useVisibleRows(all, view, context, Boolean(partial), memory.pinned, kept)
  const columns = useColumnLayout(view, update)
  const selection = useSelection(rows)
  const summary = useMemo(() => summarize(all, attention), [all, attention])
  const overBudget = overBudgetBy(summary.runningHourlySpend, memory.budget.hourly)
  useDocumentTitle(summary.needsAttention, overBudget !== null)
  useBudgetAlert(summary.runningHourlySpend, memory.budget.hourly, overBudget, changes.notify)
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
  const showTable = query.data ? all.length > 0 : query.isPending
  const notices = (
    <>
      <RetryNotice />
      <LoadProblems error={query.error} result={query.data} onRetry={refetch} />
    </>
  )
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
        onSignOut={onSignOut}
        tools={
          <LazyPart fallback={<ButtonPlaceholders labels={HEADER_TOOL_LABELS} />}>
            <HeaderTools
              changes={changes}
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
      <main className="flex min-h-0 flex-1 flex-col">
        {(query.data || query.isPending) && (
          <SummaryStrip
            summary={summary}
            update={update}
            partial={partial}
            loading={!query.data}
            hourlyBudget={memory.budget.hourly}
          />
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
          columnMenu={
            <ColumnMenu
              instanceTable={columns.instanceTable}
              shown={columns.layout.shown}
              pinned={columns.layout.pinned}
              density={columns.density}
              onDensityChange={columns.setDensity}
            />
          }
          labelsInUse={labelsInUse}
          tools={
            <LazyPart fallback={<ButtonPlaceholders labels={EXPORT_TOOL_LABELS} />}>
              <ExportTools
                rows={rows}
                view={view}
                shown={columns.layout.shown}
                context={context}
                disabled={!complete}
              />
            </LazyPart>
          }
        />
        {/* Without a table (nothing loaded yet, or an empty account) what went wrong shows here;
            over the table it floats in its dock. */}
        {!showTable && <div className="flex flex-col gap-2 px-4 py-1 empty:hidden">{notices}</div>}
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
        {showTable && (
          <InstancesTable
            ref={tableRef}
            instances={rows}
            loading={!query.data}
            instanceTable={columns.instanceTable}
            density={columns.density}
            sort={view.sort}
            onSortChange={(sort) => update({ sort })}
            onOpen={open}
            empty={
              <LazyPart>
                <NoMatches filters={view} update={update} />
              </LazyPart>
            }
            overlay={
              <Dock>
                {notices}
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
              </Dock>
            }
            selection={selection}
            pending={actions.pending}
            kept={keptOutsideIds}
            attention={attention}
            observations={observations}
            annotations={annotations}
            histories={histories}
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
