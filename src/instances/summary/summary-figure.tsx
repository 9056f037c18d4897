import type { ReactNode } from 'react'

/**
 * One figure of the summary: its value (and "so far" while pages arrive), its label, and what it
 * counts. It sits in a grid track of its own, so neither a value growing from "8" to "10,000"
 * nor "so far" coming and going changes its size: the value line and the label never wrap.
 * Its accessible name is its text in reading order, so it starts with what is seen (WCAG 2.5.3).
 */
export function SummaryFigure({
  value,
  label,
  detail,
  tone,
  partial,
  onClick,
  describedBy,
  className = '',
  alert,
  children,
}: {
  /** Undefined while the first load is on its way: a placeholder in its place. */
  value: string | undefined
  label: string
  /** What the figure counts: the statuses it groups, or the instances it covers. */
  detail: string
  tone: string
  /** Pages are still arriving: the value is visibly "so far". */
  partial: boolean
  /** Applies the filter that shows exactly what the figure counts; none when it counts nothing. */
  onClick: (() => void) | undefined
  /** The note that says how much has loaded, while pages are still loading. */
  describedBy: string | undefined
  className?: string
  /** Beside the label, in the danger tone: "Over budget by $5.28/h" (in the same line: no reflow). */
  alert?: string
  /** Shown under the figure, outside its button (the attention rules). */
  children?: ReactNode
}) {
  return (
    <div className={`flex min-w-0 flex-col items-start ${className}`}>
      <button
        type="button"
        onClick={onClick}
        disabled={!onClick}
        aria-describedby={describedBy}
        className="flex w-full min-w-0 flex-col items-start overflow-hidden rounded-md px-1 py-0.5 text-left whitespace-nowrap enabled:hover:bg-surface-hover disabled:cursor-default desktop:px-2 desktop:py-1"
      >
        <span className="flex max-w-full items-baseline gap-1">
          <span className={`text-base font-semibold tabular-nums desktop:text-lg ${tone}`}>
            {value ?? (
              <span
                aria-hidden="true"
                className="inline-block w-[3ch] animate-pulse rounded bg-skeleton"
              >
                &nbsp;
              </span>
            )}
          </span>
          {partial && value !== undefined && (
            <>
              {' '}
              <span className="text-xs text-fg-muted">so far</span>
            </>
          )}
        </span>{' '}
        <span className="max-w-full truncate text-xs text-fg tablet:text-sm">
          {label}
          {alert && value !== undefined && (
            <>
              {' '}
              <span className="font-medium text-danger">{alert}</span>
            </>
          )}
          {value === undefined && (
            <>
              {' '}
              <span className="sr-only">not loaded yet</span>
            </>
          )}
        </span>
        {/* Three lines from 1440 px, kept while loading, so the strip never grows; for screen
            readers everywhere. Left out where it would only repeat the label. */}
        <span className="line-clamp-3 h-[3lh] text-xs whitespace-normal text-fg-muted max-[90rem]:sr-only">
          {value !== undefined && detail !== label && (
            <>
              <span className="sr-only">: </span>
              {detail}
            </>
          )}
        </span>
      </button>
      {children}
    </div>
  )
}
