import { formatDateTime, formatDuration } from '../lib/format'
import { useNow } from '../lib/use-now'
import { expiryState } from './expiry'

/** The header's "Token: 5 h 12 min left", amber in the last hour. */
export function TokenTimeLeft({ expiresAt }: { expiresAt: number }) {
  const now = useNow(15_000)
  const state = expiryState(expiresAt, now)
  const warning = state.level !== 'ok'
  return (
    <span
      role={warning ? 'status' : undefined}
      title={`The access token expires at ${formatDateTime(expiresAt)}`}
      className={
        warning
          ? 'rounded border border-warning-line bg-warning-soft px-2 py-0.5 text-sm font-medium text-warning'
          : 'text-sm text-fg-muted'
      }
    >
      {warning
        ? `Token expires in ${formatDuration(state.leftMs)}: copy a new one from HPC-AI soon`
        : `Token: ${formatDuration(state.leftMs)} left`}
    </span>
  )
}
