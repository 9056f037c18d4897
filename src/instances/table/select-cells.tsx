import { memo, useLayoutEffect, useMemo, useRef, type MouseEvent, type RefObject } from 'react'
import type { Instance } from '../../api/instance'

/** What the table needs to show and change a selection of rows (built in src/app). */
export interface TableSelection {
  selected: ReadonlySet<string>
  /** Toggles one row; `range` (Shift) also sets every row from the last toggled one. */
  toggle: (id: string, range: boolean) => void
  setMany: (ids: readonly string[], selected: boolean) => void
}

export const SELECT_COLUMN_WIDTH = 44

const BOX = 'h-4 w-4 cursor-pointer accent-accent'
/** The checkbox column stays at the left edge while the others scroll sideways. */
const PINNED = { left: 0 }

/** The header's "Select all shown instances": checked when all are, mixed when some are. */
export function SelectAllHeader({
  instances,
  selection,
}: {
  instances: readonly Instance[]
  selection: TableSelection
}) {
  const { selected } = selection
  const count = useMemo(
    () =>
      selected.size === 0 ? 0 : instances.filter((instance) => selected.has(instance.id)).length,
    [instances, selected],
  )
  const all = count > 0 && count === instances.length
  return (
    <th scope="col" data-pinned style={PINNED} className="border-b border-line px-3 py-2 text-left">
      <input
        type="checkbox"
        aria-label="Select all shown instances"
        className={BOX}
        checked={all}
        disabled={instances.length === 0}
        ref={(box) => {
          if (box) box.indeterminate = count > 0 && !all
        }}
        onChange={() =>
          selection.setMany(
            instances.map((instance) => instance.id),
            !all,
          )
        }
      />
    </th>
  )
}

/** Toggles the instance of a row by its place (Shift: the range from the last one toggled). */
export type ToggleRow = (rowIndex: number, range: boolean) => void

/**
 * The checkbox alone, memoised: React rewrites an input's name, type and checked on every update
 * of it (react-dom's updateInput), so it is updated only when it is checked or unchecked, not when
 * another instance takes the row (its cell sets its name, below).
 */
const RowCheckbox = memo(function RowCheckbox({
  ref,
  checked,
  rowIndex,
  onToggle,
}: {
  ref: RefObject<HTMLInputElement | null>
  checked: boolean
  rowIndex: number
  onToggle: ToggleRow
}) {
  return (
    <input
      ref={ref}
      type="checkbox"
      tabIndex={-1}
      className={BOX}
      checked={checked}
      onChange={(event) => {
        const native = event.nativeEvent
        onToggle(rowIndex, native instanceof MouseEvent && native.shiftKey)
      }}
    />
  )
})

/**
 * A row's checkbox, named "Select <name>", out of the tab order (Space on the row toggles it); a
 * click never opens the row.
 */
export const SelectCell = memo(function SelectCell({
  rowIndex,
  name,
  selected,
  onToggle,
}: {
  rowIndex: number
  name: string
  selected: boolean
  onToggle: ToggleRow
}) {
  const box = useRef<HTMLInputElement>(null)
  // Named before the frame is painted, without an update of the input (see RowCheckbox).
  useLayoutEffect(() => box.current?.setAttribute('aria-label', `Select ${name}`), [name])
  const onClick = (event: MouseEvent) => {
    event.stopPropagation()
    if (event.target === event.currentTarget) onToggle(rowIndex, event.shiftKey)
  }
  return (
    <td
      data-pinned
      style={PINNED}
      className="border-b border-line px-3 py-1.5 align-middle select-none"
      onClick={onClick}
      onMouseDown={(event) => {
        // Shift-click selects rows, not the text between them.
        if (event.shiftKey) event.preventDefault()
      }}
    >
      <RowCheckbox ref={box} checked={selected} rowIndex={rowIndex} onToggle={onToggle} />
    </td>
  )
})
