/** Which instances are selected, by id (never by position), and where the last click was. */
export interface SelectionState {
  ids: ReadonlySet<string>
  /** The row last toggled: a Shift-click selects from here. */
  anchor: string | null
}

export const EMPTY_SELECTION: SelectionState = { ids: new Set(), anchor: null }

/**
 * Toggles one id; with `range`, every id of `order` between the anchor and `id` takes the state
 * the clicked one gets (an anchor no longer in `order` makes it a plain toggle).
 */
export function toggleSelection(
  state: SelectionState,
  id: string,
  range: boolean,
  order: readonly { id: string }[],
): SelectionState {
  const on = !state.ids.has(id)
  const ids = new Set(state.ids)
  const from =
    range && state.anchor !== null ? order.findIndex((row) => row.id === state.anchor) : -1
  const to = from >= 0 ? order.findIndex((row) => row.id === id) : -1
  const span = to >= 0 ? order.slice(Math.min(from, to), Math.max(from, to) + 1) : [{ id }]
  for (const row of span) {
    if (on) ids.add(row.id)
    else ids.delete(row.id)
  }
  return { ids, anchor: id }
}

/** Selects (or clears) every id given, e.g. every shown instance; the rest stay as they were. */
export function setSelected(
  state: SelectionState,
  ids: readonly string[],
  on: boolean,
): SelectionState {
  const next = new Set(state.ids)
  for (const id of ids) {
    if (on) next.add(id)
    else next.delete(id)
  }
  return { ids: next, anchor: state.anchor }
}
