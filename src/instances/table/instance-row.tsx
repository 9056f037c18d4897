import { memo } from 'react'
import type { Instance } from '../../api/instance'
import type { AttentionFlag } from '../../model/attention'
import type { Observation } from '../../model/observations'
import type { DrawnColumn } from './drawn-columns'
import { PENDING_STATUS, rowClass, rowProps } from './row-look'
import { SelectCell } from './select-cells'

export interface InstanceRowProps {
  instance: Instance
  columns: readonly DrawnColumn[]
  compact: boolean
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
export const InstanceRow = memo(function InstanceRow(props: InstanceRowProps) {
  const { instance, columns, compact, now, onSelect, selected = false, pending = false } = props
  const args = { now, compact, extras: { flags: props.flags, observation: props.observation } }
  return (
    <tr
      {...rowProps(props)}
      className={`${compact ? 'h-row-compact' : 'h-row-comfortable'} ${rowClass(selected)}`}
    >
      {onSelect && (
        <SelectCell id={instance.id} name={instance.name} selected={selected} onSelect={onSelect} />
      )}
      {columns.map(({ id, def, pinned, edge, style }) => (
        <td
          key={id}
          data-pinned={pinned || undefined}
          data-pinned-edge={edge || undefined}
          style={style}
          className="truncate border-b border-line px-3 py-1 align-middle tabular-nums"
        >
          {pending && id === 'status' ? PENDING_STATUS : def.meta.cell(instance, args)}
        </td>
      ))}
      {/* Takes the room the columns leave on a wide screen, so the row's line runs to the end. */}
      <td aria-hidden="true" className="border-b border-line" />
    </tr>
  )
})
