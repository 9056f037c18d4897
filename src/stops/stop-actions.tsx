import { useEffect, useMemo, useRef } from 'react'
import type { Instance } from '../api/instance'
import { ConfirmStopDialog } from './confirm-stop-dialog'
import { resolveIds } from './resolve-ids'
import { SelectionBar } from './selection-bar'
import { clearSelection, selectionStore } from './selection-store'
import { planStop, targetOf, type SkippedStop } from './stop-plan'
import { StopResults } from './stop-results'
import { dismissBatch } from './batch-state'
import { closeConfirm, isSending, stopsStore } from './stops-store'
import { useStore } from '../lib/store'
import { shownStatus } from '../model/stop-state'
import type { FilterContext, KeptInstances } from '../model/filters'
import { keptOutside } from '../model/kept-outside'
import type { Filters } from '../model/view-state'
import { useStopRunner } from './use-stop-runner'

interface Props {
  token: string
  all: readonly Instance[]
  /** The rows the table shows, in its order. */
  rows: readonly Instance[]
  /** The filters of the view, and the stops it keeps in view (see keptStops): to name those
   * shown only because their outcome is on screen. */
  view: Filters
  filterContext: FilterContext
  kept: KeptInstances
  /** HPC-AI refused the token mid-batch: back to the token screen with this notice. */
  onAuthExpired: (notice: string) => void
}

/**
 * The stop controls, loaded on first use: the selection bar, the confirmation and the results.
 * Their state lives in the actions stores, so that this can come and go.
 */
export function StopActions({
  token,
  all,
  rows,
  view,
  filterContext,
  kept: keptInstances,
  onAuthExpired,
}: Props) {
  const stops = useStore(stopsStore)
  const { ids: selectedIds } = useStore(selectionStore)
  const run = useStopRunner(token, onAuthExpired)
  const resultsRef = useRef<HTMLDivElement>(null)
  // After a confirmation from the selection bar (which goes away), focus lands on the results.
  const focusResults = useRef(false)
  const selected = useMemo(
    () => (selectedIds.size > 0 ? resolveIds(selectedIds, all).found : []),
    [selectedIds, all],
  )
  const shown = useMemo(() => new Set(rows.map((row) => row.id)), [rows])
  const hidden = selected.filter((instance) => !shown.has(instance.id)).length
  const sending = isSending(stops)
  const accepted = stops.batch?.result?.stopped
  // Each accepted stop as its row reads it: "Stop requested" until a list shows the real status.
  const shownAs = useMemo(() => {
    const wanted = new Set(accepted?.map((target) => target.id))
    const listed = new Map(all.filter((i) => wanted.has(i.id)).map((i) => [i.id, i]))
    return (id: string) => {
      const instance = listed.get(id)
      return instance ? shownStatus(instance, { pending: stops.pending.has(id) }).label : null
    }
  }, [accepted, all, stops.pending])
  const attention = view.attention.length > 0 ? filterContext : undefined
  const outside = useMemo(
    () => keptOutside(all, view, attention, keptInstances),
    [all, view, attention, keptInstances],
  )
  const kept = accepted?.filter((target) => outside.has(target.id)) ?? []

  useEffect(() => {
    if (stops.confirm || !focusResults.current) return
    focusResults.current = false
    resultsRef.current?.focus()
  }, [stops.confirm])

  const confirm = (send: Instance[], skipped: SkippedStop[]) => {
    if (stops.confirm?.fromSelection) {
      clearSelection()
      focusResults.current = true
    }
    void run(send.map(targetOf), skipped)
  }

  const retry = () => {
    const failed = stops.batch?.result?.failed.map((failure) => failure.target.id) ?? []
    const { found, missing } = resolveIds(failed, all)
    const plan = planStop(found, stops.pending)
    resultsRef.current?.focus()
    void run(plan.send.map(targetOf), [...plan.skip, ...missing])
  }

  return (
    <>
      {selected.length > 0 && (
        <SelectionBar selected={selected} hidden={hidden} pending={stops.pending} busy={sending} />
      )}
      <StopResults
        ref={resultsRef}
        batch={stops.batch}
        shownAs={shownAs}
        keptOutside={kept}
        onRetry={retry}
        onDismiss={dismissBatch}
      />
      {stops.confirm && (
        <ConfirmStopDialog
          ids={stops.confirm.ids}
          all={all}
          shown={shown}
          pending={stops.pending}
          progress={
            stops.batch && sending
              ? { answered: stops.batch.answered, total: stops.batch.targets.length }
              : null
          }
          onConfirm={confirm}
          onClose={closeConfirm}
        />
      )}
    </>
  )
}
