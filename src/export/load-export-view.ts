type ExportViewModule = typeof import('./export-view')

let loading: Promise<ExportViewModule> | null = null

/**
 * The export code, loaded on first use of the Export menu (it is not in the initial chunk); a
 * failed load is forgotten so that the next try fetches again.
 */
export function loadExportView(): Promise<ExportViewModule> {
  loading ??= import('./export-view').catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}
