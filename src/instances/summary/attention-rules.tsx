import { lazy, useId, useState } from 'react'
import { LazyPart } from '../../components/lazy-part'

const AttentionRulesList = lazy(() =>
  import('./attention-rules-list').then((module) => ({ default: module.AttentionRulesList })),
)

/** Under the figure "Needs attention", the words say enough; the panel names itself in full. */
const LINK = 'How it is judged'
const PANEL = 'How attention is judged'

/**
 * The needs-attention rules, under the figure they explain: a plain text button that opens them
 * in a native popover (the platform's Escape, light dismiss, focus return and top layer).
 */
export function AttentionRules() {
  const panelId = useId()
  const [open, setOpen] = useState(false)
  const [asked, setAsked] = useState(false)
  return (
    <>
      <button
        type="button"
        popoverTarget={panelId}
        aria-controls={panelId}
        aria-expanded={open}
        className="rounded px-1 text-left text-xs whitespace-nowrap text-link underline underline-offset-2 hover:bg-surface-hover"
      >
        {LINK}
      </button>
      <div
        id={panelId}
        popover="auto"
        role="group"
        aria-label={PANEL}
        tabIndex={0}
        onToggle={(event) => {
          const opened = event.newState === 'open'
          setOpen(opened)
          if (opened) setAsked(true)
        }}
        className="max-h-[min(30rem,80vh)] w-[min(24rem,calc(100vw-2rem))] overflow-auto rounded-md border border-line bg-surface p-1 text-fg shadow-lg backdrop:bg-transparent"
      >
        {asked && (
          <LazyPart fallback={<p className="p-2 text-sm text-fg-muted">Loading…</p>}>
            <AttentionRulesList />
          </LazyPart>
        )}
      </div>
    </>
  )
}
