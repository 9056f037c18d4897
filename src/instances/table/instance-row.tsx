import { memo } from 'react'
import type { Instance } from '../../api/instance'
import { CELLS } from './cells'
import type { AttentionFlag } from '../../model/attention'
import type { Observation } from '../../model/observations'
import type { ColumnId } from '../../model/column-ids'

interface Props {
  instance: Instance
  columns: ColumnId[]
  rowIndex: number
  now: number
  active: boolean
  onOpen: (id: string) => void
  onActivate: (index: number) => void
  /** Attention flags and the status observation: stable objects, so that memo holds. */
  flags?: readonly AttentionFlag[]
  observation?: Observation
}

/** One table row; memoised so that unchanged instances are not re-rendered by a refresh. */
export const InstanceRow = memo(function InstanceRow({
  instance,
  columns,
  rowIndex,
  now,
  active,
  onOpen,
  onActivate,
  flags,
  observation,
}: Props) {
  return (
    <tr
      data-row-index={rowIndex}
      aria-rowindex={rowIndex + 2}
      tabIndex={active ? 0 : -1}
      onClick={() => {
        onActivate(rowIndex)
        onOpen(instance.id)
      }}
      className="h-[52px] cursor-pointer outline-offset-[-2px] hover:bg-surface-hover focus-visible:bg-accent-soft"
    >
      {columns.map((id) => (
        <td key={id} className="truncate border-b border-line px-3 py-1.5 align-middle">
          {CELLS[id](instance, now, { flags, observation })}
        </td>
      ))}
    </tr>
  )
})
