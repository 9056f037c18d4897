import { useId } from 'react'
import { formatHourly } from '../lib/instance-format'
import type { SpendGroup } from '../model/cost'

const WIDTH = 640
const LABEL_WIDTH = 190
const VALUE_WIDTH = 90
const ROW = 26
const BAR = 16

const share = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—'

/**
 * Horizontal bars in plain SVG (an image named by its figure's caption, its values in its label)
 * and the same numbers as a table beneath: the table is the chart's visible text alternative.
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
  const scale = max > 0 ? (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max : 0
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
          <svg
            role="img"
            aria-label={`${title}: ${summary}`}
            viewBox={`0 0 ${WIDTH} ${groups.length * ROW}`}
            className="h-auto w-full text-[13px]"
          >
            {groups.map((group, index) => {
              const y = index * ROW
              const width = Math.max(group.hourly > 0 ? 2 : 0, group.hourly * scale)
              return (
                <g key={group.key}>
                  <text
                    x={LABEL_WIDTH - 8}
                    y={y + ROW / 2 + 4}
                    textAnchor="end"
                    className="fill-fg"
                  >
                    {group.label.length > 26 ? `${group.label.slice(0, 25)}…` : group.label}
                  </text>
                  <rect
                    x={LABEL_WIDTH}
                    y={y + (ROW - BAR) / 2}
                    width={width}
                    height={BAR}
                    rx={2}
                    className="fill-accent"
                  />
                  <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2 + 4} className="fill-fg-muted">
                    {formatHourly(group.hourly)}
                  </text>
                </g>
              )
            })}
          </svg>
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
                  <td className="py-1 text-right">{group.count}</td>
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
