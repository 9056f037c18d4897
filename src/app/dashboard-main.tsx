import { useMemo, type RefObject } from 'react'
import { SummaryStrip } from '../instances/summary/summary-strip'
import { InstancesTable, type InstancesTableHandle } from '../instances/table/instances-table'
import { ColumnMenu } from '../instances/toolbar/column-menu'
import { Toolbar } from '../instances/toolbar/toolbar'
import type { UpdateView } from '../model/use-view-state'
import type { ViewState } from '../model/view-state'
import { useSession, type Session } from '../session/session-context'
import { useSelection } from '../stops/selection-store'
import { ButtonPlaceholders } from '../components/button-placeholders'
import { Dock } from '../components/dock'
import { LazyPart } from '../components/lazy-part'
import { EXPORT_TOOL_LABELS } from './export-tool-labels'
import { ExportTools, NoInstances, NoMatches } from './lazy-parts'
import { LoadProblems } from './load-problems'
import { RetryNotice } from './retry-notice'
import { StopActions, StopWatch } from './stop-parts'
import { useColumnLayout } from './use-column-layout'
import type { Fleet } from './use-fleet'

/**
 * The page's body: the summary, the toolbar and the table, with what floats over the table (the
 * selection bar, a stop's outcome, notices) and what runs beside it (the stop watch).
 */
export function DashboardMain({
  session,
  fleet,
  view,
  update,
  tableRef,
  onOpen,
  onSearchExit,
}: {
  session: Session
  fleet: Fleet
  view: ViewState
  update: UpdateView
  tableRef: RefObject<InstancesTableHandle | null>
  onOpen: (id: string) => void
  onSearchExit: () => void
}) {
  const { endSession } = useSession()
  const { query, actions, all, complete, partial, memory, context, rows } = fleet
  const columns = useColumnLayout(view, update)
  const selection = useSelection(rows)
  const labelsInUse = useMemo(
    () => [...memory.annotations.values()].some((annotation) => annotation.labels.length > 0),
    [memory.annotations],
  )
  const notices = (
    <>
      <RetryNotice />
      <LoadProblems error={query.error} result={query.data} onRetry={() => void query.refetch()} />
    </>
  )
  return (
    <main className="flex min-h-0 flex-1 flex-col">
      {(query.data || query.isPending) && (
        <SummaryStrip
          summary={fleet.summary}
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
        onSearchExit={onSearchExit}
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
      {!fleet.showTable && (
        <div className="flex flex-col gap-2 px-4 py-1 empty:hidden">{notices}</div>
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
      {fleet.showTable && (
        <InstancesTable
          ref={tableRef}
          instances={rows}
          loading={!query.data}
          instanceTable={columns.instanceTable}
          density={columns.density}
          sort={view.sort}
          onSortChange={(sort) => update({ sort })}
          onOpen={onOpen}
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
                    kept={fleet.kept}
                    onAuthExpired={endSession}
                  />
                </LazyPart>
              )}
            </Dock>
          }
          selection={selection}
          pending={actions.pending}
          kept={fleet.keptOutsideIds}
          attention={context.attention}
          observations={context.observations}
          annotations={context.annotations}
          histories={context.histories}
          dataVersion={all}
        />
      )}
    </main>
  )
}
