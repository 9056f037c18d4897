import type { Instance } from '../api/instance'
import { explainFlags } from '../model/attention-explain'
import { NO_ROW_CONTEXT, type RowContext } from '../model/row-context'

/** The view model without the raw item and the precomputed search and sort keys. */
export type ExportedInstance = Omit<Instance, 'raw' | 'searchText' | 'sortName'>

const LEFT_OUT = new Set<string>(['raw', 'searchText', 'sortName'])

export function exportedInstance(instance: Instance): ExportedInstance {
  return Object.fromEntries(
    Object.entries(instance).filter(([key]) => !LEFT_OUT.has(key)),
  ) as ExportedInstance
}

/** What this page adds to an instance: its attention flags and when it saw the status (ms). */
function pageFacts(instance: Instance, context: RowContext, at: number) {
  const observation = context.observations.get(instance.id)
  const flags = explainFlags(context.attention.get(instance.id) ?? [], instance, observation, at)
  return {
    needsAttention: flags.map(({ kind, label, short, reason }) => ({ kind, label, short, reason })),
    statusObserved: observation
      ? { since: observation.since, changeSeen: observation.seenStart }
      : null,
  }
}

/**
 * The view's instances as the dashboard understands them, in the view's order, with the link to
 * the view and the time of the export. Times inside are milliseconds since the epoch, as in the
 * view model; `exportedAt` is ISO 8601 UTC.
 */
export function instancesJson(
  rows: readonly Instance[],
  meta: { view: string; exportedAt: Date },
  context: RowContext = NO_ROW_CONTEXT,
): string {
  const document = {
    exportedAt: meta.exportedAt.toISOString(),
    view: meta.view,
    count: rows.length,
    instances: rows.map((row) => ({
      ...exportedInstance(row),
      ...pageFacts(row, context, meta.exportedAt.getTime()),
    })),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** The instances exactly as the API sent them (each item's own JSON), in the view's order. */
export function rawInstancesJson(rows: readonly Instance[]): string {
  return `${JSON.stringify(
    rows.map((row) => row.raw),
    null,
    2,
  )}\n`
}
