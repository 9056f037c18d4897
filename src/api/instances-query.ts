import { queryOptions, useQuery } from '@tanstack/react-query'
import { fetchInstancePage } from './client'
import { ApiError } from './errors'
import { loadAllInstances, type LoadResult } from './load-all'
import { loadProgress } from './load-progress'

/**
 * Every instance of the account. The key holds the token's subject, never the token, so that a
 * new token for the same account resumes on the data already on screen.
 */
export function instancesQuery(token: string, subject: string) {
  return queryOptions({
    queryKey: ['instances', subject],
    queryFn: async ({ signal, client, queryKey }) => {
      try {
        const result = await loadAllInstances(
          (page, pageSize, pageSignal) =>
            fetchInstancePage({ token, page, pageSize, signal: pageSignal }),
          { signal, onProgress: loadProgress.set },
        )
        // A refresh that lost pages must not replace a complete list: fail it and keep the old rows.
        const previous = client.getQueryData<LoadResult>(queryKey)
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
