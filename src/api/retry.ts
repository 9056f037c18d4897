import { ApiError } from './errors'

export interface RetryOptions {
  retries: number
  baseDelayMs: number
  /** The longest a Retry-After may make us wait. */
  maxDelayMs?: number
  signal?: AbortSignal
  /** Which transient failures to retry (all of them by default). */
  shouldRetry?: (error: ApiError) => boolean
  onWait?: (delayMs: number, error: ApiError) => void
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer)
      reject(
        signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'),
      )
    }
    const timer = setTimeout(resolve, ms)
    if (signal?.aborted) abort()
    signal?.addEventListener('abort', abort, { once: true })
  })
}

/** Runs `attempt`, retrying transient ApiErrors with exponential backoff or the server's Retry-After. */
export async function withRetry<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const { retries, baseDelayMs, maxDelayMs = 30_000, signal, shouldRetry, onWait } = options
  for (let failures = 0; ; failures++) {
    try {
      return await attempt()
    } catch (error) {
      if (!(error instanceof ApiError) || !error.transient || failures >= retries) throw error
      if (shouldRetry && !shouldRetry(error)) throw error
      const delay = Math.min(maxDelayMs, error.retryAfterMs ?? baseDelayMs * 2 ** failures)
      onWait?.(delay, error)
      await sleep(delay, signal)
    }
  }
}
