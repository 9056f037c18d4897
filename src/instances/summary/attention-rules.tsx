import { lazy, Suspense } from 'react'
import { Popover } from '../../components/popover'

const AttentionRulesList = lazy(() =>
  import('./attention-rules-list').then((module) => ({ default: module.AttentionRulesList })),
)

/** The needs-attention rules, one click from the figure they explain. */
export function AttentionRules() {
  return (
    <Popover label="How attention is judged" trigger={<span aria-hidden="true">?</span>}>
      <Suspense fallback={<p className="p-2 text-sm text-fg-muted">Loading…</p>}>
        <AttentionRulesList />
      </Suspense>
    </Popover>
  )
}
