/**
 * Classes for the table's frame that keep the checkbox column and the Name column in place while
 * the other columns scroll sideways (from 768 px: a tablet's screen is narrower than the table).
 * Body cells take their row's opaque background (plain, hover, focused, selected: see rowClass),
 * so scrolled cells never show through. The row's focus outline is painted under positioned
 * cells, so they draw their part of the ring themselves (its bottom is their 1 px border and 1 px
 * of shadow, level with the row's outline). The Name column casts an edge (a line, and a shadow
 * that only the light theme shows) once the table is scrolled (`data-scrolled-x`, set by
 * watchScrollEdges). Applied once the layout kit has loaded: nothing scrolls sideways before. (Whole literals: Tailwind finds classes by reading them.) The frame is also the group whose data attributes
 * show MoreColumnsCue.
 */
const AFTER_CHECKBOX =
  'group/frame md:[&_tr>:first-child]:sticky md:[&_tr>:first-child]:left-0 md:[&_tr>:nth-child(2)]:sticky md:[&_tr>:nth-child(2)]:left-11 [&_td:nth-child(-n+2)]:bg-inherit [&_th:nth-child(-n+2)]:bg-surface data-[scrolled-x]:[&_tr>:nth-child(2)]:shadow-[1px_0_var(--color-line-strong),8px_0_8px_-8px_var(--color-backdrop)] [&_tr:focus-visible>td:first-child]:shadow-[inset_2px_2px_var(--color-focus),inset_0_-1px_var(--color-focus)] [&_tr:focus-visible>td:nth-child(2)]:shadow-[inset_0_2px_var(--color-focus),inset_0_-1px_var(--color-focus)] [&_tr:focus-visible>td:nth-child(-n+2)]:border-b-focus'
const FIRST =
  'group/frame md:[&_tr>:first-child]:sticky md:[&_tr>:first-child]:left-0 [&_td:first-child]:bg-inherit [&_th:first-child]:bg-surface data-[scrolled-x]:[&_tr>:first-child]:shadow-[1px_0_var(--color-line-strong),8px_0_8px_-8px_var(--color-backdrop)] [&_tr:focus-visible>td:first-child]:shadow-[inset_2px_2px_var(--color-focus),inset_0_-1px_var(--color-focus)] [&_tr:focus-visible>td:first-child]:border-b-focus'

/** `checkboxes`: the rows start with a selection checkbox column (44 px wide: left-11). */
export const stickyColumns = (checkboxes: boolean) => (checkboxes ? AFTER_CHECKBOX : FIRST)
