/**
 * Classes for the table's frame that keep the checkbox column and the Name column in place while
 * the other columns scroll sideways (a tablet's screen is narrower than the table). Body cells take
 * their row's opaque background (plain, hover, focused, selected: see rowClass), so scrolled cells
 * never show through; z-index stays auto, so the focused row's outline is still drawn over them
 * (rows are `relative`). The Name column casts an edge once the table is scrolled (`data-scrolled-x`,
 * set by watchScrollEdges). Applied once the layout kit has loaded: nothing scrolls sideways before.
 */
const AFTER_CHECKBOX =
  'group/frame [&_tr>:first-child]:sticky [&_tr>:first-child]:left-0 [&_tr>:nth-child(2)]:sticky [&_tr>:nth-child(2)]:left-11 [&_td:nth-child(-n+2)]:bg-inherit [&_th:nth-child(-n+2)]:bg-surface data-[scrolled-x]:[&_tr>:nth-child(2)]:shadow-[8px_0_8px_-8px_var(--color-backdrop)]'
const FIRST =
  'group/frame [&_tr>:first-child]:sticky [&_tr>:first-child]:left-0 [&_td:first-child]:bg-inherit [&_th:first-child]:bg-surface data-[scrolled-x]:[&_tr>:first-child]:shadow-[8px_0_8px_-8px_var(--color-backdrop)]'

/** Also makes the frame the group whose data attributes show MoreColumnsCue. `checkboxes`: the rows start with a selection checkbox column (44 px wide, left-11). */
export const stickyColumns = (checkboxes: boolean) => (checkboxes ? AFTER_CHECKBOX : FIRST)
