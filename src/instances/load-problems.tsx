import type { LoadResult } from '../api/load-all'
import { plural } from '../lib/format'

interface Props {
  error: Error | null
  result: LoadResult | undefined
  onRetry: () => void
}

const retryClass =
  'ml-auto shrink-0 rounded-md border border-current px-2.5 py-0.5 text-sm font-medium hover:bg-white/60'

/** What went wrong with the last load, each with a retry; the rows already on screen stay. */
export function LoadProblems({ error, result, onRetry }: Props) {
  const missing = result?.missingPages ?? []
  const dropped = result?.dropped ?? []
  return (
    <>
      {error && (
        <div
          role="alert"
          className="mx-4 my-1 flex items-center gap-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          <span>
            {error.message}
            {result && ' The instances below are from the last successful load.'}
          </span>
          <button type="button" onClick={onRetry} className={retryClass}>
            Retry
          </button>
        </div>
      )}
      {!error && missing.length > 0 && (
        <div
          role="alert"
          className="mx-4 my-1 flex items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <span>
            {missing.length === 1 ? `Page ${missing[0]}` : `Pages ${missing.join(', ')}`} of the
            instance list could not be loaded
            {result?.pageError ? ` (${result.pageError.message})` : ''}: some instances may be
            missing.
          </span>
          <button type="button" onClick={onRetry} className={retryClass}>
            Retry
          </button>
        </div>
      )}
      {dropped.length > 0 && (
        <details className="mx-4 my-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <summary className="cursor-pointer">
            {plural(dropped.length, 'instance')} could not be read
          </summary>
          <ul className="mt-1 list-disc pl-5 font-mono text-xs">
            {dropped.slice(0, 50).map((item, index) => (
              <li key={index}>
                {item.id ?? '(no id)'}: {item.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  )
}
