export interface Flag {
  label: string
  /** The reason in a few words ("Image will not pull"); why in full is in the drawer. */
  short: string
}

/**
 * Compact attention flags for a table row: the first flag's label and a count of the rest. The
 * short reasons are always in the row's text for screen readers; the drawer says why in full. A
 * pointer gets them as the chip's own tooltip (the browser's: it never covers the next row on
 * keyboard focus, Escape dismisses it, it cannot run off the page or outlive its chip scrolled
 * under the sticky Name column).
 */
export function FlagChips({ flags }: { flags: readonly Flag[] }) {
  const [first] = flags
  if (!first) return null
  const more = flags.length - 1
  const reasons = flags.map((flag) => flag.short)
  return (
    <>
      <span
        aria-hidden="true"
        title={reasons.join('\n')}
        className="inline-flex shrink-0 items-center gap-1 rounded-full border border-warning-line bg-warning-soft px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-warning"
      >
        ⚠ {first.label}
        {more > 0 && ` +${more}`}
      </span>
      <span className="sr-only">Needs attention: {reasons.join('; ')}</span>
    </>
  )
}
