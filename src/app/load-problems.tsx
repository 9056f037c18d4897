import { ApiError } from '../api/errors'
import type { LoadResult } from '../api/load-result'
import { Button } from '../components/button'
import { Notice } from '../components/notice'
import { LazyPart } from '../components/lazy-part'
import { DroppedItems } from './lazy-parts'

interface Props {
  error: Error | null
  result: LoadResult | undefined
  onRetry: () => void
}

/** What went wrong with the last load, each with a retry; the rows already on screen stay. */
export function LoadProblems({ error, result, onRetry }: Props) {
  const missing = result?.missingPages ?? []
  const dropped = result?.dropped ?? []
  const retry = <Button onClick={onRetry}>Retry</Button>
  return (
    <>
      {error && (
        <Notice
          tone="danger"
          role="alert"
          // A retry cannot help what the dashboard's own server refused (a request too large…).
          action={error instanceof ApiError && !error.retryable ? undefined : retry}
        >
          {error.message}
          {result &&
            (result.partial
              ? ' The instances below are those that arrived before it failed.'
              : ' The instances below are from the last successful load.')}
        </Notice>
      )}
      {!error && missing.length > 0 && (
        <Notice tone="warning" role="alert" action={retry}>
          {missing.length === 1 ? `Page ${missing[0]}` : `Pages ${missing.join(', ')}`} of the
          instance list could not be loaded, so some instances may be missing.
          {result?.pageError && ` ${result.pageError.message}`}
        </Notice>
      )}
      {dropped.length > 0 && (
        <LazyPart>
          <DroppedItems dropped={dropped} />
        </LazyPart>
      )}
    </>
  )
}
