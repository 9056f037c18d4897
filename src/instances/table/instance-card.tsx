import { memo } from 'react'
import { COLUMNS } from '../../columns/instance-columns'
import { formatApproxHourly, formatCharge } from '../../lib/instance-format'
import { isHourlyMode } from '../../lib/pricing'
import { CARD_HEIGHT } from '../../../tailwind.config'
import { LabelChips, PinMark } from '../../components/label-chips'
import { cellArgs, type InstanceRowProps } from './row-props'
import { rowClass, rowProps } from './row-look'
import { SelectCell } from './select-cells'

/**
 * One instance as a card, for a phone: a row of the same table, with the same focus, keys, click
 * and checkbox as a desktop row, whose one cell shows the columns that have a place on a card:
 * the name and price (with its hourly equivalent when billed by the day, week or month), status
 * with health and attention flags, then GPU, region and disk. Memoised like the row.
 */
export const InstanceCard = memo(function InstanceCard(props: InstanceRowProps) {
  const { instance: i, onSelect, selected = false, annotation } = props
  const args = cellArgs(props, true)
  return (
    <tr {...rowProps(props)} className={rowClass(selected)} style={{ height: CARD_HEIGHT }}>
      {onSelect && (
        <SelectCell
          rowIndex={props.rowIndex}
          name={i.name}
          selected={selected}
          onToggle={onSelect}
        />
      )}
      <td className="border-b border-line py-2 pr-3 align-top">
        <div className="flex h-[75px] flex-col justify-between overflow-hidden">
          <div className="flex items-baseline gap-2">
            <span className="flex min-w-0 flex-1 items-center gap-1.5">
              {annotation?.pinned && <PinMark />}
              <span className="truncate font-medium text-fg" title={i.name}>
                {i.name}
              </span>
              <LabelChips labels={annotation?.labels ?? []} />
            </span>
            <span className="shrink-0 tabular-nums">
              {formatCharge(i.billing.price, i.billing.chargeMode, i.billing.unit)}
            </span>
          </div>
          <div className="flex min-w-0 items-center gap-2">
            <div className="flex min-w-0 flex-1 items-center">
              {COLUMNS.status.meta.cell(i, args)}
              {props.flags?.[0] && (
                <span aria-hidden="true" className="ml-1.5 min-w-0 truncate text-xs text-warning">
                  {props.flags[0].short}
                </span>
              )}
            </div>
            {!isHourlyMode(i.billing.chargeMode) && (
              <span className="shrink-0 text-xs text-fg-muted tabular-nums">
                {formatApproxHourly(i.billing.hourly)}
              </span>
            )}
          </div>
          <div className="flex items-center gap-3 text-xs text-fg-muted">
            <span className="min-w-0 truncate">{COLUMNS.gpu.meta.cell(i, args)}</span>
            <span className="min-w-0 flex-1 truncate">{COLUMNS.region.meta.cell(i, args)}</span>
            <span className="shrink-0" title="Disk used">
              <span className="sr-only">Disk </span>
              {COLUMNS.disk.meta.cell(i, args)}
            </span>
          </div>
        </div>
      </td>
    </tr>
  )
})
