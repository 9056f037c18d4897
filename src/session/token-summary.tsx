import { formatDateTime, formatDuration } from '../lib/format'
import type { TokenClaims } from './token'

/** What a pasted token says about itself, shown before it is sent anywhere. */
export function TokenSummary({ claims, now }: { claims: TokenClaims; now: number }) {
  return (
    <dl
      className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded-md bg-surface-muted p-3 text-sm"
      aria-label="Token details"
    >
      <dt className="text-fg-subtle">Subject</dt>
      <dd className="truncate font-mono">{claims.subject || '—'}</dd>
      <dt className="text-fg-subtle">Issuer</dt>
      <dd className="truncate">{claims.issuer || '—'}</dd>
      <dt className="text-fg-subtle">Expires</dt>
      <dd>
        {formatDateTime(claims.expiresAt)} (in {formatDuration(claims.expiresAt - now)})
      </dd>
    </dl>
  )
}
