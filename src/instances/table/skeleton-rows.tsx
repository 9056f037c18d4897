const WIDTHS = ['w-40', 'w-20', 'w-28', 'w-10', 'w-14', 'w-24', 'w-16', 'w-20', 'w-16', 'w-12']
/** A card's three lines: name and price, status, GPU and region and disk. */
const CARD_LINES = ['w-3/5', 'w-28', 'w-4/5']

/**
 * Placeholder rows inside the real table while the first pages arrive (`columns` counts the
 * checkbox and the trailing filler column), so that the table (header,
 * columns, row window) is already mounted when the data lands; on a phone, shaped like its cards.
 */
export function SkeletonRows({
  columns,
  cards,
  height,
}: {
  columns: number
  cards: boolean
  height: number
}) {
  return Array.from({ length: 12 }, (_, row) => (
    <tr key={row} aria-hidden="true" className="animate-pulse" style={{ height }}>
      {cards ? (
        <td colSpan={columns} className="border-b border-line px-3">
          <div className="flex flex-col gap-4 ps-8">
            {CARD_LINES.map((width) => (
              <div key={width} className={`h-3 rounded bg-skeleton ${width}`} />
            ))}
          </div>
        </td>
      ) : (
        <>
          {Array.from({ length: columns - 1 }, (_, column) => (
            <td key={column} className="border-b border-line px-3">
              <div className={`h-3 max-w-full rounded bg-skeleton ${WIDTHS[column] ?? 'w-12'}`} />
            </td>
          ))}
          {/* The filler column, as the rows draw it: empty. */}
          <td className="border-b border-line" />
        </>
      )}
    </tr>
  ))
}
