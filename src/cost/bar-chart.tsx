import { Fragment, useId } from 'react'
import { formatNumber } from '../lib/format'
import { formatHourly } from '../lib/instance-format'
import type { SpendGroup } from '../model/cost'

const share = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—'

/**
 * Horizontal bars, named by the figure's caption with its values in the image's name, and the same
 * numbers as a table beneath (the chart's visible text alternative). The bars are boxes and the
 * labels text laid out at the screen's own size, not an SVG scaled to fit: on a phone the labels
 * keep 12 px (a 640-unit SVG shrunk to 340 px drew them at 6 px).
 */
export function BarChart({
  title,
  groupLabel,
  groups,
}: {
  title: string
  /** The table's first column: "GPU type", "Region", "Charge mode". */
  groupLabel: string
  groups: readonly SpendGroup[]
}) {
  const captionId = useId()
  const total = groups.reduce((sum, group) => sum + group.hourly, 0)
  const max = Math.max(0, ...groups.map((group) => group.hourly))
  const summary = groups
    .map((group) => `${group.label} ${formatHourly(group.hourly)} (${share(group.hourly, total)})`)
    .join(', ')
  return (
    <figure aria-labelledby={captionId} className="mb-5">
      <figcaption id={captionId} className="mb-1 font-semibold text-fg">
        {title}
      </figcaption>
      {groups.length === 0 ? (
        <p className="text-fg-muted">No running instances among those shown.</p>
      ) : (
        <>
          <div
            role="img"
            aria-label={`${title}: ${summary}`}
            className="grid grid-cols-[minmax(0,max-content)_minmax(3rem,1fr)_max-content] items-center gap-x-2 gap-y-1.5 text-xs sm:text-sm"
          >
            {groups.map((group) => {
              const percent = max > 0 ? (group.hourly / max) * 100 : 0
              return (
                <Fragment key={group.key}>
                  <span className="max-w-[11rem] truncate text-right text-fg" title={group.label}>
                    {group.label}
                  </span>
                  <span className="h-4">
                    <span
                      className="block h-full rounded-sm bg-accent"
                      style={{ width: `${Math.max(group.hourly > 0 ? 1 : 0, percent)}%` }}
                    />
                  </span>
                  <span className="text-fg-muted tabular-nums">{formatHourly(group.hourly)}</span>
                </Fragment>
              )
            })}
          </div>
          <table className="mt-2 w-full text-xs">
            <thead className="text-left text-fg-subtle">
              <tr>
                <th scope="col" className="py-1 font-medium">
                  {groupLabel}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Running
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Spend per hour
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  Share
                </th>
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {groups.map((group) => (
                <tr key={group.key} className="border-t border-line">
                  <th scope="row" className="py-1 text-left font-normal break-all">
                    {group.label}
                  </th>
                  <td className="py-1 text-right">{formatNumber(group.count)}</td>
                  <td className="py-1 text-right">{formatHourly(group.hourly)}</td>
                  <td className="py-1 text-right">{share(group.hourly, total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  )
}
