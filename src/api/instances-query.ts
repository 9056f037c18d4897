import { queryOptions, useQuery } from '@tanstack/react-query'
import { fetchInstancePage } from './client'
import { ApiError } from './errors'
import { loadAllInstances } from './load-all'
import { loadProgress } from './load-progress'
import { sessionPageSize } from './paging'
import type { LoadResult } from './load-result'
import { shareLoadResult } from './share-load-result'

/**
 * Every instance of the account. The key holds the token's subject, never the token. A new token
 * starts on an empty list (sign-in and a session's end remove it): what HPC-AI sent for an ended
 * session is never shown to a token it has not accepted yet, whatever subject that token claims.
 */
export function instancesQuery(token: string, subject: string) {
  return queryOptions({
    queryKey: ['instances', subject],
    queryFn: async ({ signal, client, queryKey }) => {
      // A partial list (a first load that failed half-way) is not a list to keep on screen.
      const cached = client.getQueryData<LoadResult>(queryKey)
      const previous = cached?.partial ? undefined : cached
      try {
        const result = await loadAllInstances(
          (page, pageSize, pageSignal) =>
            fetchInstancePage({ token, page, pageSize, signal: pageSignal }),
          {
            signal,
            // Large pages until one fails where a small one does not; then small ones until sign-out.
            pageSize: sessionPageSize.get(),
            onFallback: sessionPageSize.set,
            onProgress: loadProgress.set,
            // The first load shows rows as pages arrive; a refresh keeps the complete list on
            // screen until the new one is complete.
            onPartial: previous ? undefined : (partial) => client.setQueryData(queryKey, partial),
          },
        )
        // A refresh that lost pages must not replace a complete list: fail it and keep the old rows.
        if (result.missingPages.length > 0 && previous && previous.missingPages.length === 0) {
          throw new ApiError(
            result.pageError?.kind ?? 'http',
            `Part of the instance list could not be refreshed (${result.pageError?.message ?? 'a page failed'}).`,
          )
        }
        return result
      } finally {
        loadProgress.set(null)
      }
    },
    structuralSharing: shareLoadResult,
    // loadAllInstances retries transient failures page by page.
    retry: false,
    staleTime: 5_000,
  })
}

export function useInstances(
  token: string,
  subject: string,
  refetchIntervalMs: number | false = false,
) {
  return useQuery({
    ...instancesQuery(token, subject),
    refetchInterval: refetchIntervalMs,
    refetchIntervalInBackground: false,
  })
}
