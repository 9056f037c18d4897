import type { Instance } from '../api/instance'

/** The view model without the raw item and the precomputed search and sort keys. */
export type ExportedInstance = Omit<Instance, 'raw' | 'searchText' | 'sortName'>

const LEFT_OUT = new Set<string>(['raw', 'searchText', 'sortName'])

export function exportedInstance(instance: Instance): ExportedInstance {
  return Object.fromEntries(
    Object.entries(instance).filter(([key]) => !LEFT_OUT.has(key)),
  ) as ExportedInstance
}

/**
 * The view's instances as the dashboard understands them, in the view's order, with the link to
 * the view and the time of the export. Times inside are milliseconds since the epoch, as in the
 * view model; `exportedAt` is ISO 8601 UTC.
 */
export function instancesJson(
  rows: readonly Instance[],
  meta: { view: string; exportedAt: Date },
): string {
  const document = {
    exportedAt: meta.exportedAt.toISOString(),
    view: meta.view,
    count: rows.length,
    instances: rows.map(exportedInstance),
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
