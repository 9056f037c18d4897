import { memo, type ComponentProps } from 'react'
import { CARD_HEIGHT } from './card-height'
import type { InstanceRow } from './instance-row'
import type { LayoutDeps } from './use-layout-kit'

/**
 * One instance as a card, for a phone: a row of the same table, with the same focus, keys, click
 * and checkbox as a desktop row, whose one cell shows the name, price (with its hourly equivalent
 * when billed by the day, week or month), status with health and attention flags, GPU, region and
 * disk meter. Memoised like the row.
 */
export function createInstanceCard({
  CELLS,
  PENDING_STATUS,
  rowClass,
  rowProps,
  SelectCell,
  formatCharge,
  formatApproxHourly,
  isHourlyMode,
}: LayoutDeps) {
  return memo(function InstanceCard(props: ComponentProps<typeof InstanceRow>) {
    const { instance: i, now, onSelect, selected = false, pending = false } = props
    const { flags, observation } = props
    return (
      <tr {...rowProps(props)} className={rowClass(selected)} style={{ height: CARD_HEIGHT }}>
        {onSelect && <SelectCell id={i.id} name={i.name} selected={selected} onSelect={onSelect} />}
        <td className="border-b border-line py-2 pr-3 align-top">
          <div className="flex h-[75px] flex-col justify-between overflow-hidden">
            <div className="flex items-baseline gap-2">
              <span className="min-w-0 flex-1 truncate font-medium text-fg" title={i.name}>
                {i.name}
              </span>
              <span className="shrink-0 tabular-nums">
                {formatCharge(i.billing.price, i.billing.chargeMode, i.billing.unit)}
              </span>
            </div>
            <div className="flex min-w-0 items-center gap-2">
              <div className="flex min-w-0 flex-1 items-center">
                {pending ? PENDING_STATUS : CELLS.status(i, now, { flags, observation })}
              </div>
              {!isHourlyMode(i.billing.chargeMode) && (
                <span className="shrink-0 text-xs text-fg-muted tabular-nums">
                  {formatApproxHourly(i.billing.hourly)}
                </span>
              )}
            </div>
            <div className="flex items-center gap-3 text-xs text-fg-muted">
              <span className="min-w-0 truncate">{CELLS.gpu(i, now)}</span>
              <span
                className="min-w-0 flex-1 truncate"
                title={i.region.location ? `${i.region.name}, ${i.region.location}` : i.region.name}
              >
                {i.region.name}
              </span>
              <span className="shrink-0" title="Disk used">
                <span className="sr-only">Disk </span>
                {CELLS.disk(i, now)}
              </span>
            </div>
          </div>
        </td>
      </tr>
    )
  })
}
