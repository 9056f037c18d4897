import { lazy, useId } from 'react'
import { LazyPart } from '../../components/lazy-part'

const AttentionRulesList = lazy(() =>
  import('./attention-rules-list').then((module) => ({ default: module.AttentionRulesList })),
)

/**
 * The needs-attention rules, under the figure they explain: a plain text button that opens them
 * in a native popover (the platform's Escape, light dismiss, focus return, expanded state and top
 * layer). The words load right after the first paint, hidden until asked for.
 */
export function AttentionRules() {
  const panelId = useId()
  return (
    <>
      {/* Under "Needs attention" the words say enough; the panel names itself in full. */}
      <button
        type="button"
        popoverTarget={panelId}
        aria-controls={panelId}
        className="rounded px-1 text-left text-xs whitespace-nowrap text-link underline underline-offset-2 hover:bg-surface-hover"
      >
        How it is judged
      </button>
      <div
        id={panelId}
        popover="auto"
        role="group"
        aria-label="How attention is judged"
        tabIndex={0}
        className="max-h-[80vh] w-96 max-w-[90vw] overflow-auto rounded-md border border-line bg-surface p-1 text-fg shadow-lg"
      >
        <LazyPart fallback={<p className="p-2 text-sm text-fg-muted">Loading…</p>}>
          <AttentionRulesList />
        </LazyPart>
      </div>
    </>
  )
}
