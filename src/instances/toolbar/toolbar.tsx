import { useRef, type ReactNode } from 'react'
import type { Instance } from '../../api/instance'
import { plural } from '../../lib/format'
import { FacetedFilter } from './faceted-filter'
import { SearchField } from './search-field'
import type { FilterContext } from '../../model/filters'
import type { UpdateView } from '../../model/use-view-state'
import { EMPTY_FILTERS, FACET_KEYS, hasFilters, type ViewState } from '../../model/view-state'
import { Badge } from '../../components/badge'
import { Button } from '../../components/button'
import { PhoneToggle } from '../../components/phone-toggle'
import { usePhonePanel } from '../../components/use-phone-panel'

interface Props {
  view: ViewState
  update: UpdateView
  instances: readonly Instance[]
  shown: number
  /** Until the first load completes no count is shown: better than a wrong "0 instances". */
  load: 'loading' | 'failed' | 'loaded'
  /** While later pages are still on their way: "1,240 of 10,000 loaded". */
  partial?: string
  /** Down or Enter in the search field: go to the results. */
  onSearchExit: () => void
  /** Which instances need attention, for the Attention facet's counts. */
  filterContext?: FilterContext
  /** The Columns menu (composed by the app, which holds the column model). */
  columnMenu?: ReactNode
  /** Feature buttons (export, saved views) after the column menu, filled by the app. */
  tools?: ReactNode
  /** Some instance has a label: the Label facet shows (else it would offer nothing). */
  labelsInUse?: boolean
}

function countLine(shown: number, total: number, partial: string | undefined): string {
  if (partial) return shown === total ? partial : `${shown.toLocaleString()} shown, ${partial}`
  return shown === total
    ? plural(total, 'instance')
    : `${shown.toLocaleString()} of ${plural(total, 'instance')}`
}

export function Toolbar({
  view,
  update,
  instances,
  shown,
  load,
  partial,
  onSearchExit,
  filterContext,
  columnMenu,
  tools,
  labelsInUse = false,
}: Props) {
  const total = instances.length
  // On a phone the facets go behind one "Filters" button that counts the values they apply.
  const facets = usePhonePanel()
  const toolbarRef = useRef<HTMLDivElement>(null)
  const applied = FACET_KEYS.reduce((count, facet) => count + view[facet].length, 0)
  return (
    <div
      ref={toolbarRef}
      role="toolbar"
      aria-label="Filters"
      className="flex flex-wrap items-center gap-2 px-4 py-2 min-[90rem]:gap-1.5"
    >
      <SearchField
        value={view.q}
        onChange={(q) => update({ q }, 'replace')}
        onExit={onSearchExit}
      />
      <PhoneToggle label="Filters" {...facets.toggle}>
        {applied > 0 && <Badge tone="info">{applied}</Badge>}
      </PhoneToggle>
      <div {...facets.panel} className={`w-full flex-wrap gap-2 ${facets.panel.className}`}>
        {FACET_KEYS.filter(
          (facet) => facet !== 'label' || labelsInUse || view.label.length > 0,
        ).map((facet) => (
          <FacetedFilter
            key={facet}
            facet={facet}
            instances={instances}
            filters={view}
            context={filterContext}
            partial={partial}
            onChange={(values) => update({ [facet]: values })}
          />
        ))}
        {/* From 768 to 1535 px its place is kept, unseen until a filter applies, so nothing
            reflows when it shows (with Copy link beside Save view the line has no room for it
            below 1536 px); wider, the line has room for it. Focus goes to the search field. */}
        <Button
          variant="ghost"
          onClick={() => {
            update(EMPTY_FILTERS)
            toolbarRef.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus()
          }}
          className={
            hasFilters(view) ? undefined : 'invisible max-tablet:hidden min-[96rem]:hidden'
          }
        >
          Clear filters
        </Button>
      </div>
      <div className="ml-auto flex flex-wrap items-center justify-end gap-1.5">
        <p role="status" className="text-sm text-fg-muted tabular-nums">
          {load === 'loaded'
            ? countLine(shown, total, partial)
            : load === 'failed'
              ? 'Not loaded'
              : 'Loading…'}
        </p>
        {/* One group: on a narrow line the buttons wrap together, under the count. */}
        <div className="flex items-center gap-1.5">
          {/* A phone's cards show no columns: nothing to hide there. */}
          <div className="max-tablet:hidden">{columnMenu}</div>
          {tools}
        </div>
      </div>
    </div>
  )
}
