export interface Flag {
  label: string
  reason: string
  nextStep: string | null
}

/**
 * Compact attention flags for a table row: the first flag's label and a count of the rest. The
 * reasons show on hover and while the row has keyboard focus, and are always in the row's text
 * for screen readers.
 */
export function FlagChips({ flags }: { flags: readonly Flag[] }) {
  const [first] = flags
  if (!first) return null
  const more = flags.length - 1
  const reasons = flags.map((flag) => `${flag.reason}${flag.nextStep ? ` ${flag.nextStep}` : ''}`)
  return (
    <span className="group/flag inline-flex items-center">
      <span
        aria-hidden="true"
        className="inline-flex items-center gap-1 rounded-full border border-warning-line bg-warning-soft px-1.5 py-0.5 text-xs font-medium text-warning"
      >
        ⚠ {first.label}
        {more > 0 && ` +${more}`}
      </span>
      <span className="sr-only">Needs attention: {reasons.join(' ')}</span>
      <span
        aria-hidden="true"
        className="absolute z-20 hidden translate-y-7 self-start w-80 rounded-md max-md:right-2 max-md:left-2 max-md:w-auto border border-line bg-surface p-2 text-xs whitespace-normal text-fg shadow-lg group-hover/flag:block [tr:focus-visible_&]:block"
      >
        {reasons.map((reason) => (
          <span key={reason} className="block py-0.5">
            {reason}
          </span>
        ))}
      </span>
    </span>
  )
}
