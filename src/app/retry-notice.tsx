import type { LoadProgress } from '../api/load-all'
import { useLoadProgress } from '../api/load-progress'
import { Notice } from '../components/notice'
import { formatDuration } from '../lib/format'
import { useNow } from '../lib/use-now'

/** Shown while a failed page waits for its retry (Retry-After or backoff). */
export function RetryNotice() {
  const retry = useLoadProgress()?.retry
  return retry ? <RetryCountdown retry={retry} /> : null
}

function RetryCountdown({ retry }: { retry: NonNullable<LoadProgress['retry']> }) {
  const now = useNow(500)
  const left = retry.until - now
  return (
    <Notice tone="info" role="status">
      {retry.reason}{' '}
      {left > 0 ? `Waiting ${formatDuration(left)} before trying again…` : 'Trying again…'}
    </Notice>
  )
}
