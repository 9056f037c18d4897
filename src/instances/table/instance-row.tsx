import { memo } from 'react'
import type { Instance } from '../../api/instance'
import { CELLS } from './cells'
import type { AttentionFlag } from '../../model/attention'
import type { Observation } from '../../model/observations'
import type { ColumnId } from '../../model/column-ids'
import { PENDING_STATUS, rowClass, rowProps } from './row-look'
import { SelectCell } from './select-cells'

interface Props {
  instance: Instance
  columns: ColumnId[]
  rowIndex: number
  now: number
  active: boolean
  onOpen: (id: string) => void
  onActivate: (index: number) => void
  /** Given when rows can be selected: a checkbox cell first. */
  onSelect?: (id: string, range: boolean) => void
  selected?: boolean
  /** A stop was requested and the list does not show it yet: "Stopping (requested)". */
  pending?: boolean
  /** Attention flags and the status observation: stable objects, so that memo holds. */
  flags?: readonly AttentionFlag[]
  observation?: Observation
}

/** One table row; memoised so that unchanged instances are not re-rendered by a refresh. */
export const InstanceRow = memo(function InstanceRow(props: Props) {
  const { instance, columns, now, onSelect, selected = false, pending = false } = props
  const { flags, observation } = props
  return (
    <tr {...rowProps(props)} className={`h-[52px] ${rowClass(selected)}`}>
      {onSelect && (
        <SelectCell id={instance.id} name={instance.name} selected={selected} onSelect={onSelect} />
      )}
      {columns.map((id) => (
        <td
          key={id}
          className="truncate border-b border-line px-3 py-1.5 align-middle tabular-nums"
        >
          {pending && id === 'status'
            ? PENDING_STATUS
            : CELLS[id](instance, now, { flags, observation })}
        </td>
      ))}
    </tr>
  )
})
