const WIDTHS = ['w-40', 'w-20', 'w-28', 'w-10', 'w-14', 'w-24', 'w-16', 'w-20', 'w-16', 'w-12']

/**
 * Placeholder rows inside the real table while the first pages arrive, so that the table (header,
 * columns, row window) is already mounted when the data lands.
 */
export function SkeletonRows({ columns }: { columns: number }) {
  return Array.from({ length: 12 }, (_, row) => (
    <tr key={row} aria-hidden="true" className="h-[52px] animate-pulse">
      {Array.from({ length: columns }, (_, column) => (
        <td key={column} className="border-b border-line px-3">
          <div className={`h-3 rounded bg-skeleton ${WIDTHS[column] ?? 'w-12'}`} />
        </td>
      ))}
    </tr>
  ))
}
