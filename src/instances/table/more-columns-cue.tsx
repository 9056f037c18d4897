/**
 * Over the right edge of the table's frame, the cue that more columns are to the right: shown
 * while they are (`data-more-right`, set by watchScrollEdges), gone at the end. Beside the
 * scrollbars, never over them; it takes no click.
 */
export function MoreColumnsCue() {
  return (
    <div
      aria-hidden="true"
      data-testid="more-columns-cue"
      className="pointer-events-none invisible absolute top-0 right-(--scrollbar-y) bottom-(--scrollbar-x) w-5 bg-linear-to-l from-line-strong/70 to-transparent group-data-[more-right]/frame:visible"
    />
  )
}
