import { memo } from 'react'
import { cellArgs, type InstanceRowProps } from './row-props'
import { rowClass, rowProps } from './row-look'
import { SelectCell } from './select-cells'

/** One table row; memoised so that unchanged instances are not re-rendered by a refresh. */
export const InstanceRow = memo(function InstanceRow(props: InstanceRowProps) {
  const { instance, columns, compact, onSelect, selected = false } = props
  const args = cellArgs(props, compact)
  return (
    <tr
      {...rowProps(props)}
      className={`${compact ? 'h-row-compact' : 'h-row-comfortable'} ${rowClass(selected)}`}
    >
      {onSelect && (
        <SelectCell
          rowIndex={props.rowIndex}
          name={instance.name}
          selected={selected}
          onToggle={onSelect}
        />
      )}
      {columns.map(({ id, def, pinned, edge, style }) => (
        <td
          key={id}
          data-pinned={pinned || undefined}
          data-pinned-edge={edge || undefined}
          style={style}
          className="truncate border-b border-line px-3 py-1 align-middle tabular-nums"
        >
          {def.meta.cell(instance, args)}
        </td>
      ))}
      {/* Takes the room the columns leave on a wide screen, so the row's line runs to the end. */}
      <td aria-hidden="true" className="border-b border-line" />
    </tr>
  )
})
