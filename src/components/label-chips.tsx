/** The user's labels on an instance, as small chips of plain text (never markup). */
export function LabelChips({ labels }: { labels: readonly string[] }) {
  if (labels.length === 0) return null
  return (
    <span className="inline-flex min-w-0 shrink gap-1 overflow-hidden" title={labels.join(', ')}>
      <span className="sr-only">Labels: </span>
      {labels.map((label) => (
        <span
          key={label}
          className="shrink-0 rounded border border-line-strong px-1 text-xs leading-4 text-fg-muted"
        >
          {label}
        </span>
      ))}
    </span>
  )
}

/** Marks an instance the user pinned to the top of the list. */
export function PinMark() {
  return (
    <span role="img" aria-label="Pinned" title="Pinned to the top" className="shrink-0 text-link">
      ⇤
    </span>
  )
}
