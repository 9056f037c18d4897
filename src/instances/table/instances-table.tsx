/**
 * The instances table. Its columns are TanStack Table's (columns/use-instance-table.ts: shown,
 * ordered, sized, pinned); its rows are the view model, sorted by a sort index
 * (model/sort-index.ts), filtered by `filterInstances`, windowed by lib/row-window.ts and drawn by
 * memoised `InstanceRow`s keyed by their place, so that a sort or a filter updates rows in place
 * and a refresh re-renders only the instances that changed. On a phone each row is a card.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type CSSProperties,
} from 'react'
import { ROW_HEIGHT } from '../../columns/density'
import { usePhone } from '../../lib/media-query'
import { useNow } from '../../lib/use-now'
import { CARD_HEIGHT } from '../../../tailwind.config'
import { pinOffsets, useDrawnColumns } from './drawn-columns'
import { InstanceRow } from './instance-row'
import type { InstancesTableProps as Props } from './instances-table-props'
import { SELECT_COLUMN_WIDTH } from './select-cells'
import { SkeletonRows } from './skeleton-rows'
import { TableFrame } from './table-frame'
import { TableHeader } from './table-header'
import { pointerMoved, useDataAnchor } from './use-data-anchor'
import { useRowNavigation } from './use-row-navigation'
import { useRowWindow } from './use-row-window'

const OVERSCAN = 4

// A phone's cards and their Sort by header load when the screen is a phone's.
const InstanceCard = lazy(() =>
  import('./instance-card').then((module) => ({ default: module.InstanceCard })),
)
const PhoneHeader = lazy(() =>
  import('./phone-header').then((module) => ({ default: module.PhoneHeader })),
)

export function InstancesTable({
  ref,
  instances,
  instanceTable,
  density,
  sort,
  onSortChange,
  onOpen,
  loading = false,
  empty,
  overlay,
  selection,
  pending,
  kept,
  attention,
  observations,
  annotations,
  histories,
  dataVersion,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const now = useNow(60_000)
  const phone = usePhone()
  const Row = phone ? InstanceCard : InstanceRow
  const columns = useDrawnColumns(instanceTable)
  const compact = density === 'compact'
  const rowHeight = phone ? CARD_HEIGHT : ROW_HEIGHT[density]
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
  // A row's checkbox toggles by the row's place: one handler for every row, whatever it shows.
  const latest = useRef({ instances, toggle: selection?.toggle })
  useLayoutEffect(() => {
    latest.current = { instances, toggle: selection?.toggle }
  })
  const toggleAt = useCallback((index: number, range: boolean) => {
    const instance = latest.current.instances[index]
    if (instance) latest.current.toggle?.(instance.id, range)
  }, [])
  const checkboxWidth = selection ? SELECT_COLUMN_WIDTH : 0
  // The filler column after the last one is counted too.
  const columnCount = (phone ? 1 : columns.length + 1) + (selection ? 1 : 0)
  const table = instanceTable.table
  const tableStyle = {
    minWidth: phone ? undefined : checkboxWidth + table.getTotalSize(),
    ...pinOffsets(instanceTable, checkboxWidth),
  } as CSSProperties

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
    <TableFrame scrollRef={scrollRef} overlay={overlay}>
      <div
        ref={scrollRef}
        className="relative min-h-0 flex-1 overflow-auto pb-(--dock-height,0px) [overflow-anchor:none]"
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
          style={tableStyle}
          className="instances-grid w-full table-fixed border-separate border-spacing-0 text-sm"
        >
          <colgroup>
            {selection && <col style={{ width: SELECT_COLUMN_WIDTH }} />}
            {!phone &&
              columns.map(({ id }) => (
                <col key={id} style={{ width: table.getColumn(id)?.getSize() }} />
              ))}
            {!phone && <col />}
          </colgroup>
          <thead className="sticky top-0 z-10 bg-surface">
            {phone ? (
              <Suspense>
                <PhoneHeader
                  instances={instances}
                  selection={selection}
                  sort={sort}
                  onSortChange={onSortChange}
                />
              </Suspense>
            ) : (
              <TableHeader
                instances={instances}
                columns={columns}
                instanceTable={instanceTable}
                selection={selection}
                sort={sort}
                onSortChange={onSortChange}
              />
            )}
          </thead>
          <tbody>
            {loading && <SkeletonRows columns={columnCount} cards={phone} height={rowHeight} />}
            {padTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columnCount} style={{ height: padTop }} />
              </tr>
            )}
            <Suspense fallback={<SkeletonRows columns={columnCount} cards height={rowHeight} />}>
              {/* Keyed by place, not instance: a sort or a filter updates the rows in place
                  instead of replacing them (useDataAnchor moves focus along when pages merge in). */}
              {instances.slice(start, end).map((instance, offset) => (
                <Row
                  key={start + offset}
                  instance={instance}
                  columns={columns}
                  compact={compact}
                  rowIndex={start + offset}
                  now={now}
                  active={start + offset === active}
                  onOpen={onOpen}
                  onActivate={setActiveIndex}
                  onSelect={selection && toggleAt}
                  selected={selection?.selected.has(instance.id)}
                  pending={pending?.has(instance.id)}
                  kept={kept?.has(instance.id)}
                  flags={attention?.get(instance.id)}
                  observation={observations?.get(instance.id)}
                  annotation={annotations?.get(instance.id)}
                  firstSeen={histories?.get(instance.id)?.firstSeen}
                />
              ))}
            </Suspense>
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
