import { useLoadProgress } from '../api/load-progress'

/** "Loading page k of n" while the first load runs. */
export function LoadingStatus() {
  const progress = useLoadProgress()
  return (
    <p role="status" className="px-4 py-1 text-sm text-fg-muted">
      {progress && progress.totalPages > 1
        ? `Loading page ${progress.loadedPages} of ${progress.totalPages}…`
        : 'Loading instances…'}
    </p>
  )
}
