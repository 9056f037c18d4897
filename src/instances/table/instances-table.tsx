/**
 * The instances table. TanStack Table owns only the column model (headers and visibility)
 * and gets no rows: rows are the view model, sorted by a sort index (model/sort-index.ts), filtered
 * by `filterInstances`, windowed by lib/row-window.ts and drawn by memoised `InstanceRow`s, so a
 * refresh re-renders only the instances that changed. Not TanStack's row model: by `npm run bench`,
 * a TanStack row model measured equal at 10k, +5 MB heap (+26 MB at 50k) and +2.6 kB JS (README).
 */
import { useTable, type ColumnVisibilityState } from '@tanstack/react-table'
import { useImperativeHandle, useMemo, useRef } from 'react'
import type { Instance } from '../../api/instance'
import { useNow } from '../../lib/use-now'
import type { ColumnId } from '../../model/column-ids'
import { CARD_HEIGHT } from './card-height'
import type { InstancesTableProps as Props } from './instances-table-props'
import { COLUMN_WIDTHS, instanceColumns } from './column-defs'
import { InstanceRow } from './instance-row'
import { SELECT_COLUMN_WIDTH, SelectAllHeader } from './select-cells'
import { ROW_HEIGHT } from './row-height'
import { SkeletonRows } from './skeleton-rows'
import { SortHeader } from './sort-header'
import { TableFrame } from './table-frame'
import { instanceTableFeatures } from './table-features'
import { useRowNavigation } from './use-row-navigation'
import { useLayoutKit } from './use-layout-kit'
import { pointerMoved, useDataAnchor } from './use-data-anchor'
import { useRowWindow } from './use-row-window'

const OVERSCAN = 4
const NO_ROWS: Instance[] = []

export function InstancesTable({
  ref,
  instances,
  sort,
  hidden,
  onSortChange,
  onOpen,
  loading = false,
  empty,
  selection,
  pending,
  attention,
  observations,
  dataVersion,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const now = useNow(60_000)
  // On a phone each row is a card (same rows, keys, window and checkbox), sorted by a select.
  const { kit, phone } = useLayoutKit()
  const Row = phone?.InstanceCard ?? InstanceRow
  const columnVisibility: ColumnVisibilityState = Object.fromEntries(
    hidden.map((id) => [id, false]),
  )
  const table = useTable({
    features: instanceTableFeatures,
    columns: instanceColumns,
    data: NO_ROWS,
    state: { columnVisibility },
  })
  const visibleKey = table
    .getVisibleLeafColumns()
    .map((column) => column.id)
    .join()
  // One array per set of columns, so that memoised rows see the same prop while columns stay put.
  const visibleColumns = useMemo(() => visibleKey.split(',') as ColumnId[], [visibleKey])
  const rowHeight = phone ? CARD_HEIGHT : ROW_HEIGHT
  const anchor = useDataAnchor({ instances, dataVersion, scrollRef, rowHeight })
  const { start, end, padTop, padBottom, scrollToIndex, viewportFirstRow } = useRowWindow(
    scrollRef,
    instances.length,
    rowHeight,
    OVERSCAN,
    anchor.held,
  )
  const { active, setActiveIndex, moveTo, onKeyDown } = useRowNavigation({
    instances,
    scrollToIndex,
    scrollRef,
    onOpen,
    onSelect: selection?.toggle,
  })
  anchor.follow(active, setActiveIndex, viewportFirstRow)
  const columnCount = (phone ? 1 : visibleColumns.length) + (selection ? 1 : 0)

  useImperativeHandle(
    ref,
    () => ({
      focusInstance: (id) => {
        const index = instances.findIndex((instance) => instance.id === id)
        if (index >= 0) moveTo(index)
      },
      focusRows: () => {
        if (instances.length > 0) moveTo(active)
        else scrollRef.current?.focus()
      },
    }),
    [instances, moveTo, active],
  )

  return (
    <TableFrame scrollRef={scrollRef} kit={kit} checkboxes={Boolean(selection)}>
      <div
        ref={scrollRef}
        className="relative min-h-0 flex-1 overflow-auto [overflow-anchor:none]"
        id="instances"
        tabIndex={0}
        role="region"
        aria-label="Instances table, arrow keys move between rows, Enter opens one"
        onKeyDown={onKeyDown}
        {...pointerMoved}
      >
        <table
          aria-label="Instances"
          aria-rowcount={instances.length + 1}
          className={`w-full table-fixed border-separate border-spacing-0 text-sm ${phone ? '' : 'min-w-[1100px]'}`}
        >
          <colgroup>
            {selection && <col style={{ width: SELECT_COLUMN_WIDTH }} />}
            {!phone &&
              visibleColumns.map((id) => <col key={id} style={{ width: COLUMN_WIDTHS[id] }} />)}
          </colgroup>
          <thead className="sticky top-0 z-10 bg-surface">
            {phone ? (
              <phone.PhoneHeader
                instances={instances}
                selection={selection}
                sort={sort}
                onSortChange={onSortChange}
              />
            ) : (
              table.getHeaderGroups().map((group) => (
                <tr key={group.id} aria-rowindex={1}>
                  {selection && <SelectAllHeader instances={instances} selection={selection} />}
                  {group.headers.map((header) => (
                    <SortHeader
                      key={header.id}
                      id={header.column.id as ColumnId}
                      sort={sort}
                      onSortChange={onSortChange}
                    />
                  ))}
                </tr>
              ))
            )}
          </thead>
          <tbody>
            {loading && <SkeletonRows columns={columnCount} cards={Boolean(phone)} />}
            {padTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columnCount} style={{ height: padTop }} />
              </tr>
            )}
            {/* Keyed by place, not instance: a sort or a filter updates the rows in place instead
                of replacing them (useDataAnchor moves focus along when pages merge in). */}
            {instances.slice(start, end).map((instance, offset) => (
              <Row
                key={start + offset}
                instance={instance}
                columns={visibleColumns}
                rowIndex={start + offset}
                now={now}
                active={start + offset === active}
                onOpen={onOpen}
                onActivate={setActiveIndex}
                onSelect={selection?.toggle}
                selected={selection?.selected.has(instance.id)}
                pending={pending?.has(instance.id)}
                flags={attention?.get(instance.id)}
                observation={observations?.get(instance.id)}
              />
            ))}
            {padBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columnCount} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
        {!loading && instances.length === 0 && empty}
      </div>
    </TableFrame>
  )
}
export type { InstancesTableHandle } from './instances-table-props'
