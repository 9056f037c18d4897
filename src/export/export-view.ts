import type { Instance } from '../api/instance'
import type { ColumnId } from '../model/column-ids'
import type { RowContext } from '../model/row-context'
import type { ViewState } from '../model/view-state'
import { instancesCsv } from './csv-columns'
import { downloadText } from '../lib/download'
import { exportFileName } from '../model/export-file-name'
import { instancesJson, rawInstancesJson } from './json'
import { viewLink, viewSearch } from '../model/view-url'

export type ExportFormat = 'csv' | 'json' | 'raw'

export interface ExportFile {
  fileName: string
  text: string
  type: string
}

/** The file of one format for the view's rows (in its order; CSV with its visible columns). */
export function exportFile(
  format: ExportFormat,
  rows: readonly Instance[],
  view: ViewState,
  shown: readonly ColumnId[],
  now: Date,
  context?: RowContext,
): ExportFile {
  if (format === 'csv') {
    return {
      fileName: exportFileName('instances', 'csv', view, now),
      text: instancesCsv(rows, shown, context),
      type: 'text/csv;charset=utf-8',
    }
  }
  if (format === 'json') {
    return {
      fileName: exportFileName('instances', 'json', view, now),
      text: instancesJson(rows, { view: viewLink(viewSearch(view)), exportedAt: now }, context),
      type: 'application/json',
    }
  }
  return {
    fileName: exportFileName('instances-raw', 'json', view, now),
    text: rawInstancesJson(rows),
    type: 'application/json',
  }
}

/** Builds the file in the browser and saves it; returns its name. */
export function downloadExport(
  format: ExportFormat,
  rows: readonly Instance[],
  view: ViewState,
  shown: readonly ColumnId[],
  context?: RowContext,
): string {
  const file = exportFile(format, rows, view, shown, new Date(), context)
  downloadText(file.fileName, file.text, file.type)
  return file.fileName
}
