import { useMemo } from 'react'
import type { Instance } from '../api/instance'
import { useInstances } from '../api/instances-query'
import { loadedSoFar } from '../lib/format'
import { overBudgetBy } from '../model/budget'
import { keptOutside } from '../model/kept-outside'
import { useMemory } from '../model/memory-store'
import { summarize } from '../model/summary'
import type { ViewState } from '../model/view-state'
import { useChangeLog } from '../changes/use-change-log'
import type { Session } from '../session/session-context'
import { FAST_REFRESH_MS } from '../stops/stop-timing'
import { useActionsState } from '../stops/use-actions-state'
import { useAccountMemory } from './use-account-memory'
import { useAttention } from './use-attention'
import { useBudgetAlert } from './use-budget-alert'
import { useDocumentTitle } from './use-document-title'
import { useKeptInstances } from './use-kept-instances'
import { useVisibleRows } from './use-visible-rows'

const NONE: readonly Instance[] = []

/**
 * The account's fleet as the dashboard shows it, derived once per load: every instance (as pages
 * arrive), the complete list (what compares loads waits for), what the device remembers of them,
 * what needs attention, the changes between loads, the rows the view shows, the summary, and the
 * tab title that follows them.
 */
export function useFleet(
  session: Session,
  view: ViewState,
  intervalMs: number,
  onForgotten: () => void,
) {
  const actions = useActionsState()
  // While a stop is watched the list refreshes fast, whatever the chosen interval.
  const refreshMs = actions.watching ? FAST_REFRESH_MS : intervalMs || false
  const query = useInstances(session.token, session.claims.subject, refreshMs)
  const all = query.data?.instances ?? NONE
  const complete = query.data?.partial ? undefined : query.data
  const partial = query.data?.partial ? loadedSoFar(all.length, query.data.totalEntries) : undefined
  const loadedAt = query.dataUpdatedAt
  // What the dashboard observed of statuses is kept on this device: a reload keeps the clock.
  useAccountMemory(
    session.claims.subject,
    complete && {
      instances: complete.instances,
      at: loadedAt,
      complete: complete.missingPages.length === 0,
    },
    onForgotten,
  )
  const memory = useMemory()
  const { observations, annotations, histories } = memory
  const attention = useAttention(all, observations)
  const context = useMemo(
    () => ({ attention, observations, annotations, histories, loadedAt }),
    [attention, observations, annotations, histories, loadedAt],
  )
  const changes = useChangeLog(complete?.instances, loadedAt, complete?.missingPages.length === 0)
  const kept = useKeptInstances(all, actions.batch)
  // Of those, the ones shown only because their stop's outcome is on screen: their rows say so.
  const keptOutsideIds = useMemo(
    () => keptOutside(all, view, context, kept),
    [all, view, context, kept],
  )
  const rows = useVisibleRows(all, view, context, Boolean(partial), memory.pinned, kept)
  const summary = useMemo(() => summarize(all, attention), [all, attention])
  const overBudget = overBudgetBy(summary.runningHourlySpend, memory.budget.hourly)
  useDocumentTitle(summary.needsAttention, overBudget !== null)
  useBudgetAlert(summary.runningHourlySpend, memory.budget.hourly, overBudget, changes.notify)
  return {
    query,
    actions,
    all,
    complete,
    partial,
    memory,
    context,
    changes,
    kept,
    keptOutsideIds,
    rows,
    summary,
    showTable: query.data ? all.length > 0 : query.isPending,
  }
}

export type Fleet = ReturnType<typeof useFleet>
