import type { LoadProgress } from '../api/load-all'

/** A placeholder shaped like the table while the first pages arrive. */
export function TableSkeleton({ progress }: { progress: LoadProgress | null }) {
  return (
    <div className="flex-1 overflow-hidden px-4" aria-busy="true">
      <p role="status" className="py-2 text-sm text-slate-600">
        {progress && progress.totalPages > 1
          ? `Loading page ${progress.loadedPages} of ${progress.totalPages}…`
          : 'Loading instances…'}
      </p>
      <div aria-hidden="true" className="animate-pulse">
        <div className="mb-2 h-8 rounded bg-slate-100" />
        {Array.from({ length: 12 }, (_, index) => (
          <div key={index} className="flex h-[52px] items-center gap-6 border-b border-slate-100">
            <div className="h-3 w-48 rounded bg-slate-200" />
            <div className="h-3 w-20 rounded-full bg-slate-200" />
            <div className="h-3 w-32 rounded bg-slate-100" />
            <div className="h-3 w-16 rounded bg-slate-100" />
            <div className="h-3 w-24 rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  )
}
