import { CheckOption } from '../../components/check-option'
import { Popover } from '../../components/popover'
import { COLUMN_IDS, COLUMN_LABELS, type ColumnId } from '../../model/column-ids'

/** Hides and shows columns; the name column always stays. */
export function ColumnMenu({
  hidden,
  onChange,
}: {
  hidden: ColumnId[]
  onChange: (hidden: ColumnId[]) => void
}) {
  return (
    <Popover label="Columns" align="end">
      {COLUMN_IDS.filter((id) => id !== 'name').map((id) => (
        <CheckOption
          key={id}
          label={COLUMN_LABELS[id]}
          checked={!hidden.includes(id)}
          onChange={(checked) =>
            onChange(checked ? hidden.filter((other) => other !== id) : [...hidden, id])
          }
        />
      ))}
    </Popover>
  )
}
