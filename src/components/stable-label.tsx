/**
 * Shows `current`, as wide as the widest of `widths`: a label that changes (Loading… / Refresh)
 * never moves what follows it. The others are invisible, so not part of the accessible name.
 */
export function StableLabel({ current, widths }: { current: string; widths: readonly string[] }) {
  const others = widths.filter((text) => text !== current)
  return (
    <span className="inline-grid">
      <span className="col-start-1 row-start-1">{current}</span>
      {others.map((text) => (
        <span key={text} className="invisible col-start-1 row-start-1" aria-hidden="true">
          {text}
        </span>
      ))}
    </span>
  )
}
