import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { Instance } from '../../api/instance'
import { anchorRow, movedIndex } from './row-anchor'
import type { HeldWindow } from './use-row-window'

interface Options {
  instances: readonly Instance[]
  /** Changes when new data arrived (not when the view's sort or filters changed). */
  dataVersion: unknown
  scrollRef: RefObject<HTMLElement | null>
  rowHeight: number
}

interface Seen {
  version: unknown
  /**
   * The held row's index in `instances`, where on screen it was, the window that keeps it, and
   * whether focus was on it (on the row itself, or on a control inside it).
   */
  hold:
    | (HeldWindow & {
        index: number
        top: number
        focus: 'row' | 'control' | null
        /** The list it was decided for: a sort or a filter after it lets it go. */
        list: readonly Instance[]
      })
    | null
}

const rowSelector = (index: number) => `tr[data-row-index="${index}"]`

const rowIndexOf = (element: Element | null): number | null => {
  const row = element?.closest<HTMLElement>('tr[data-row-index]')
  return row ? Number(row.dataset.rowIndex) : null
}

/**
 * The on-screen row to hold in place (see anchorRow), where it is and the scroll position, as they
 * are now. The pointer counts only once it has moved over the rows (see `pointerMoved`), not where
 * a click on the sign-in screen left it.
 */
function readScreen(element: HTMLElement, rowHeight: number) {
  const focus = element.contains(document.activeElement) ? document.activeElement : null
  const hovered =
    element.dataset.pointerMoved === 'true'
      ? element.querySelector('tr[data-row-index]:hover')
      : null
  const { scrollTop } = element
  const focused = rowIndexOf(focus)
  const anchor = anchorRow(focused, rowIndexOf(hovered), scrollTop, rowHeight)
  const row = anchor === null ? null : element.querySelector(rowSelector(anchor))
  const focusOn: 'row' | 'control' | null =
    focused === null || focused !== anchor ? null : focus === row ? 'row' : 'control'
  return { anchor, focused, focusOn, top: row?.getBoundingClientRect().top ?? 0, scrollTop }
}

/** Pointer handlers for the scroller: whether the pointer has moved over it since it entered. */
export const pointerMoved = {
  onPointerMove: (event: { currentTarget: HTMLElement }) => {
    event.currentTarget.dataset.pointerMoved = 'true'
  },
  onPointerLeave: (event: { currentTarget: HTMLElement }) => {
    delete event.currentTarget.dataset.pointerMoved
  },
}

/**
 * Keeps rows in place while data merges in (later pages of a load, a refresh): the focused row,
 * the row under the pointer, or else the first row in view stays where it is on screen (even when
 * the summary above grows), and the focused active row follows its instance. Decided (by `follow`, once
 * the active row is known) during the render that brings the new rows; corrected before paint
 * (scroll position and focus), so no frame shows it shifted.
 */
export function useDataAnchor({ instances, dataVersion, scrollRef, rowHeight }: Options) {
  const [seen, setSeen] = useState<Seen>({ version: dataVersion, hold: null })
  // The list the DOM shows (the last one committed). Only new data asks for a decision: a sort or
  // a filter (the same data in another order) costs no second render.
  const shown = useRef(instances)
  useLayoutEffect(() => {
    shown.current = instances
  }, [instances])

  const follow = (active: number, setActive: (index: number) => void, viewportFirstRow: number) => {
    if (seen.version === dataVersion) return
    let hold: Seen['hold'] = null
    // Like getSnapshotBeforeUpdate: the DOM still shows `before`, as the user sees it.
    const element = scrollRef.current
    const before = shown.current
    if (element && before !== instances) {
      const { anchor, focused, focusOn, top, scrollTop } = readScreen(element, rowHeight)
      // The active row follows its instance while the user is on the rows; otherwise it keeps its
      // place (the first row, where Down from the search field goes).
      const activeNow = focused === null ? null : movedIndex(before, instances, active)
      if (activeNow !== null && activeNow !== active) setActive(activeNow)
      const moved = anchor === null ? null : movedIndex(before, instances, anchor)
      if (anchor !== null && moved !== null) {
        const firstRow = Math.floor((scrollTop + (moved - anchor) * rowHeight) / rowHeight)
        hold = {
          index: moved,
          top,
          firstRow,
          basedOn: viewportFirstRow,
          focus: focusOn,
          list: instances,
        }
      }
    }
    setSeen({ version: dataVersion, hold })
  }

  useLayoutEffect(() => {
    const element = scrollRef.current
    const hold = seen.hold
    const row = hold && element?.querySelector<HTMLElement>(rowSelector(hold.index))
    if (!hold || !element || !row) return
    // Rows are keyed by their place in the list, so the instance that had focus may now be drawn
    // by another <tr>: focus moves with it (to the row, or to the same control in it).
    const target = hold.focus === 'control' ? row.querySelector<HTMLElement>('input') : row
    if (hold.focus && target && !row.contains(document.activeElement))
      target.focus({ preventScroll: true })
    element.scrollTop += row.getBoundingClientRect().top - hold.top
  }, [seen, scrollRef])

  return { held: seen.hold?.list === instances ? seen.hold : null, follow }
}
