import { Button } from './button'
import { Notice } from './notice'

/** What a lazy part that failed to load (a newer build replaced this one) shows instead. */
export function NewVersionNotice({ className = '' }: { className?: string }) {
  return (
    <Notice
      tone="info"
      role="alert"
      className={className}
      action={
        <Button variant="primary" onClick={() => window.location.reload()}>
          Reload
        </Button>
      }
    >
      A new version of the dashboard is available. Reload to use it; your view is kept in the
      address bar.
    </Notice>
  )
}
