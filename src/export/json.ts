import type { Instance } from '../api/instance'
import { rawOf } from '../api/raw-of'
import { jupyterUrlOf } from '../lib/jupyter'
import { explainFlags } from '../model/attention-explain'
import { memoryFacts } from '../model/memory-export'
import { NO_ROW_CONTEXT, rowExtras, type RowContext } from '../model/row-context'

/**
 * The view model without the raw item and the precomputed search and sort keys, with the Jupyter
 * link (made here: the view model keeps only its parts).
 */
export type ExportedInstance = Omit<Instance, 'rawKept' | 'searchText' | 'sortName'> & {
  jupyterUrl: string | null
}

const LEFT_OUT = new Set<string>(['rawKept', 'searchText', 'sortName'])

export function exportedInstance(instance: Instance): ExportedInstance {
  const fields: [string, unknown][] = []
  for (const [key, value] of Object.entries(instance)) {
    if (!LEFT_OUT.has(key)) fields.push([key, value])
    // Where it was when the view model held it: right after the path it is made from.
    if (key === 'subUrl') fields.push(['jupyterUrl', jupyterUrlOf(instance)])
  }
  return Object.fromEntries(fields) as ExportedInstance
}

/**
 * What the dashboard adds to an instance: its attention flags, when it saw the status (ms), and
 * what the user keeps of it on this device (labels, note, pin) with its spend so far (an estimate).
 */
function pageFacts(instance: Instance, context: RowContext, now: number) {
  const observation = context.observations.get(instance.id)
  const flags = explainFlags(context.attention.get(instance.id) ?? [], instance, observation, now)
  return {
    needsAttention: flags.map(({ kind, label, short, reason }) => ({ kind, label, short, reason })),
    statusObserved: observation
      ? { since: observation.since, changeSeen: observation.seenStart }
      : null,
    ...memoryFacts(instance, rowExtras(context, instance.id), now),
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
  return `${JSON.stringify(rows.map(rawOf), null, 2)}\n`
}
